/// 后来加的操作的中文名称。
enum ShopActionTextZh {
  static func title(_ action: ShopAction) -> String {
    switch action {
    case .sendRepair: "寄修或换机"
    case .checkCharge: "请顾客看账单，或查当天交易"
    case .keyCarefully: "取消后重新进入扫码，输完金额只按确认"
    case .openScan: "回主菜单，按步骤进入扫码"
    case .holdSteady: "请顾客把码正对扫码窗，停 2 秒"
    case .waitMaintenance: "等维护结束"
    case .walletCode: "请顾客打开微信或支付宝的付款码"
    case .waitPassword: "等顾客输入支付密码"
    case .pinAgain: "请顾客重新刷卡，慢慢输密码"
    case .otherPayment: "请顾客换一种方式付款"
    case .cardInstead: "请顾客刷卡"
    default: action.rawValue
    }
  }
}
