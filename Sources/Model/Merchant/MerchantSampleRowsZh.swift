/// The sample directory's merchants. Their names are Chinese in every language, as a real
/// merchant's registered name is, so they live with the Chinese words.
enum MerchantSampleRowsZh {
  /// (number, name, terminals, methods, status); names and numbers are invented.
  static let rows: [(String, String, [String], [MerchantPaymentMethod], MerchantStatus)] = [
    (
      // The store's own row carries the name its slips and 商户信息 print: one terminal, one
      // name (two would be the very 跳码 sign the slip check warns about).
      MerchantSampleDirectory.storeMerchantDigits, TerminalPhrasesZh.text(.demoMerchantName),
      [MerchantSampleDirectory.storeTerminalValue], [.scan, .card], .normal
    ),
    ("822581058120002", "粤味小馆", ["10420002"], [.scan, .card], .normal),
    ("822584070110003", "南山商务酒店", ["10420003", "10420004"], [.scan, .card], .normal),
    ("822581055410004", "东风路加油站", ["10420005"], [.scan, .card], .riskHold),
    ("822290059120005", "仁和大药房", ["10420006"], [.card], .normal),
    ("822100053110006", "京华百货", ["10420007"], [.scan, .card], .frozen),
    ("822581054990007", "街角食品店", ["10420008"], [.scan, .card], .normal),
    ("102581083986056", "羊城慈善服务中心", ["20150001"], [.scan, .card], .normal),
  ]
}
