/// English names of the later acts.
enum ShopActionTextEn {
  static func title(_ action: ShopAction) -> String {
    switch action {
    case .sendRepair: "Send for repair or a replacement"
    case .checkCharge: "Ask the customer to check the bill, or look up today's sales"
    case .keyCarefully: "Cancel, open scan again, press only Confirm after the amount"
    case .openScan: "Go to the main menu and open scan step by step"
    case .holdSteady: "Ask the customer to hold the code square and still"
    case .waitMaintenance: "Wait for the maintenance to end"
    case .walletCode: "Ask for a WeChat Pay or Alipay payment code"
    case .waitPassword: "Wait for the customer's payment password"
    case .pinAgain: "Ask the customer to present the card again and type the PIN slowly"
    case .otherPayment: "Ask the customer to pay another way"
    case .cardInstead: "Ask the customer to pay by card"
    default: action.rawValue
    }
  }
}
