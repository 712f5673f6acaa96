/// What the trainee did at the counter in one run, and the harm it would have done to a
/// real merchant, judged from the shop as it was at each action (not from what was said).
public struct TrainingActionLog: Equatable, Sendable {
  /// More restarts than this in one run is power cycling, not troubleshooting.
  public static let restartsAllowed = 2

  /// Every action, in order.
  public private(set) var actions: [ShopAction] = []
  /// The harmful ones found so far.
  public private(set) var harmful: Set<HarmfulAction> = []

  public init() {}

  /// Records `action`, done in `shop` (the state just before it).
  public mutating func record(_ action: ShopAction, in shop: ShopState) {
    actions.append(action)
    switch action {
    case .restart:
      if actions.filter({ $0 == .restart }).count > Self.restartsAllowed {
        harmful.insert(.repeatedPowerCycling)
      }
    case .updateFirmware:
      if !shop.network.reachesHost { harmful.insert(.updateOnWeakSignal) }
    case .factoryReset:
      // The unit cannot export its records; settling first is what keeps the day's sales.
      if !shop.settled { harmful.insert(.factoryResetBeforeBackup) }
    case .callCustomerService:
      let faults = shop.faults
      if !faults.isEmpty && faults.allSatisfy(\.fixedAtCounter) { harmful.insert(.needlessCall) }
    case .wipeWindow, .betterLight, .shade, .freshCode, .brighterCode, .mobileData, .nearRouter,
      .charge, .resetSettings, .moveOffMetal, .settle, .sendRepair, .checkCharge, .keyCarefully,
      .openScan, .holdSteady, .waitMaintenance, .walletCode, .waitPassword, .pinAgain,
      .otherPayment, .cardInstead:
      break
    }
  }
}

extension ScanFault {
  /// Whether the cashier can put it right at the counter without customer service: a wipe,
  /// better light, a fresh code, another link, the update, a PIN typed again…
  public var fixedAtCounter: Bool {
    switch self {
    case .lensDirty, .lowLight, .glare, .firmwareOld, .unsupportedCode, .codeExpired,
      .networkDown, .weakSignal, .wrongKey, .wrongPIN, .insufficientFunds:
      true
    case .cameraBroken, .permissionOff, .serverMaintenance, .merchantRiskHold, .cardPermissionOff:
      false
    }
  }
}
