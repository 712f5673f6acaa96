/// What each act looks like, in English.
enum ShopActionTextEn {
  static func title(_ action: ShopAction) -> String {
    switch action {
    case .wipeWindow: "Wipe the scan window with a soft cloth"
    case .betterLight: "Switch on a light or move somewhere brighter"
    case .shade: "Shade the unit from the direct light"
    case .freshCode: "Ask the customer for a fresh code"
    case .brighterCode: "Ask the customer to brighten the screen"
    case .restart: "Switch off and on again"
    case .mobileData: "Switch to mobile data"
    case .nearRouter: "Move the unit near the router"
    case .charge: "Plug in the charger"
    case .updateFirmware: "Update the firmware"
    case .resetSettings: "Reset the scan settings"
    case .moveOffMetal: "Set the unit level, off the metal"
    case .settle: "Settle"
    case .factoryReset: "Factory reset"
    case .callCustomerService: "Call 95016"
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
    }
  }
}
