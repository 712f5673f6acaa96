/// The words a Chinese `meanwhile` names each way to take a payment with.
enum ProverMeanwhileZh {
  static let words: [(ProverMeanwhile.Way, [String])] = [
    (.card, ["刷卡", "插卡", "挥卡"]),
    (.cash, ["现金", "转账"]),
    (.freshCode, ["刷新付款码", "再扫"]),
    (.chargeCheck, ["扣款", "账单"]),
  ]
}
