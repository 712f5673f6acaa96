/// Something a person can do at the counter, named by a stable ID that guide instructions
/// use (`action = "act.wipe-window"`); each changes the shop state the way doing it would.
public enum ShopAction: String, CaseIterable, Sendable {
  case wipeWindow = "act.wipe-window"
  case betterLight = "act.better-light"
  case shade = "act.shade"
  case freshCode = "act.fresh-code"
  case brighterCode = "act.brighter-code"
  case restart = "act.restart"
  case mobileData = "act.mobile-data"
  case nearRouter = "act.near-router"
  case charge = "act.charge"
  case updateFirmware = "act.update-firmware"
  case resetSettings = "act.reset-settings"
  case moveOffMetal = "act.move-off-metal"
  case settle = "act.settle"
  /// Factory reset: settings back to default; the unit's unsettled records are lost with it.
  case factoryReset = "act.factory-reset"
  case callCustomerService = "act.call-95016"
  /// Send the unit to after-sales for repair or a replacement.
  case sendRepair = "act.send-repair"
  /// Ask the customer to look at the phone's bill, or look the sale up, after a timeout.
  case checkCharge = "act.check-charge"
  /// Cancel, open scan again and key the amount with only Confirm after it.
  case keyCarefully = "act.key-carefully"
  /// Cancel to the main menu and open the scan screen as the guide says.
  case openScan = "act.open-scan"
  /// Ask the customer to hold the code square to the window, 10–15 cm, still.
  case holdSteady = "act.hold-steady"
  /// Wait out a maintenance window.
  case waitMaintenance = "act.wait"
  /// Ask the customer for a WeChat Pay or Alipay payment code instead.
  case walletCode = "act.wallet-code"
  /// Let the customer enter the wallet's payment password, without scanning again.
  case waitPassword = "act.wait-password"
  /// Ask the customer to present the card again and type the PIN slowly.
  case pinAgain = "act.pin-again"
  /// The customer pays another way: another card, a code or cash.
  case otherPayment = "act.other-payment"
  /// The customer pays this sale by card instead of a code.
  case cardInstead = "act.card-instead"

  /// The acts the training counter offers (the later ones are the guide's fixes, done by the
  /// customer, after-sales or by waiting).
  public static let counter: [ShopAction] = [
    .wipeWindow, .betterLight, .shade, .freshCode, .brighterCode, .restart, .mobileData,
    .nearRouter, .charge, .updateFirmware, .resetSettings, .moveOffMetal, .settle, .factoryReset,
    .callCustomerService,
  ]

  /// `state` after doing this.
  public func apply(to state: ShopState) -> ShopState {
    var state = state
    switch self {
    case .wipeWindow:
      if state.window == .smudged { state.window = .clean }
    case .betterLight, .shade:
      // Either way the code ends up in even light; neither helps the other's problem
      // unless it was that problem.
      if state.light == (self == .betterLight ? .dim : .glaring) { state.light = .normal }
    case .freshCode:
      // A fresh code opened in the wallet replaces a stale, used, creased or printed one.
      if [.expired, .used, .creased].contains(state.phone.code) { state.phone.code = .fresh }
    case .brighterCode:
      state.phone.brightness = .normal
    case .restart:
      // A restart clears a hung screen or camera but no physical or account problem.
      state.screenWorks = state.battery == .charged && !state.screenBroken
      state.cameraHung = false
    case .mobileData:
      state.network.kind = .mobile
    case .nearRouter:
      if state.network.wifiUp { state.network.wifiBars = max(state.network.wifiBars, 3) }
    case .charge:
      // The step says to push both ends of the cable in: a loose one is seated too.
      state.cableLoose = false
      state.battery = .charged
      state.screenWorks = !state.screenBroken
    case .updateFirmware:
      // The update is downloaded from the host, so it needs a working link.
      if state.network.reachesHost && state.host == .up {
        state.firmware = ShopState.currentFirmware
        state.softwareBug = false
      }
    case .resetSettings:
      state.scanSettingsDefault = true
    case .moveOffMetal:
      state.onMetal = false
    case .settle:
      if state.network.reachesHost && state.host == .up {
        state.settled = true
        state.unsettledSales = 0
      }
    case .callCustomerService:
      if state.onlyCustomerCardFails { state.harms.append(.wrongParty) }
      state.calledCustomerService = true
      // What the acquirer can change: permissions, a risk review, a host-side error.
      state.scanPermitted = true
      state.cardPermitted = true
      state.merchant = .normal
      state.hostSystemError = false
    case .factoryReset:
      if state.unsettledSales > 0 && !state.settled { state.harms.append(.lostUnsettledSales) }
      state.unsettledSales = 0
      // Clears what settings can change, never a physical or account problem.
      state.scanSettingsDefault = true
      state.screenWorks = state.battery == .charged && !state.screenBroken
    default:
      state = applyCustomerAct(to: state)
    }
    return state
  }

  /// The acts that need the customer, after-sales or waiting.
  private func applyCustomerAct(to state: ShopState) -> ShopState {
    var state = state
    switch self {
    case .sendRepair:
      if !state.hardwareFaulty { state.harms.append(.repairOfWorkingUnit) }
      state.cameraWorks = true
      state.cameraWorn = false
      state.screenBroken = false
      state.keysDead = false
      if state.window == .cracked { state.window = .clean }
      state.screenWorks = state.battery == .charged
    case .checkCharge: state.chargeUnchecked = false
    case .keyCarefully: state.keyStuck = false
    case .openScan: state.offScanScreen = false
    case .holdSteady: state.heldBadly = false
    case .waitMaintenance: state.host = .up
    case .walletCode:
      state.phone.wallet = .wechat
      state.phone.code = .fresh
    case .waitPassword: state.passwordAsked = false
    case .pinAgain: if !state.card.locked { state.card.pinRight = true }
    case .otherPayment: state.card = CustomerCard()
    case .cardInstead: state.paysByCard = true
    default: break
    }
    return state
  }

  /// What doing it looks like, for the simulated unit and training.
  public var title: LocalizedText { ShopActionText.title(self) }
}
