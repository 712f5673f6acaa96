extension ShopState {
  /// A healthy shop with `faults` on: each fault is one change of the state.
  public static func with(faults: Set<ScanFault>) -> ShopState {
    ShopState().with(faults: faults)
  }

  /// This state with `faults` on as well.
  public func with(faults: Set<ScanFault>) -> ShopState {
    var state = self
    for fault in faults.sorted() { state.apply(fault) }
    return state
  }

  /// Whether `fault` is present in this state (it has not been fixed).
  public func has(_ fault: ScanFault) -> Bool {
    switch fault {
    case .cameraBroken: !cameraWorks
    case .lensDirty: window == .smudged
    case .lowLight: light == .dim
    case .glare: light == .glaring
    case .permissionOff: !scanPermitted
    case .firmwareOld: firmware < ShopState.currentFirmware
    case .unsupportedCode: !phone.wallet.accepted
    case .codeExpired: phone.code == .expired
    case .networkDown: !network.connected
    case .weakSignal: network.connected && network.bars < 2
    case .serverMaintenance: host == .maintenance
    case .merchantRiskHold: merchant == .riskHold
    case .wrongKey: keyStuck
    case .cardPermissionOff: !cardPermitted
    case .wrongPIN: !card.pinRight
    case .insufficientFunds: !card.fundsEnough
    }
  }

  /// The faults present in this state, in declared order.
  public var faults: [ScanFault] { ScanFault.allCases.filter(has) }

  private mutating func apply(_ fault: ScanFault) {
    switch fault {
    case .cameraBroken: cameraWorks = false
    case .lensDirty: window = .smudged
    case .lowLight: light = .dim
    case .glare: light = .glaring
    case .permissionOff: scanPermitted = false
    case .firmwareOld:
      // Old firmware shows only on a newer code format, so the customer shows one.
      firmware = ShopState.oldFirmware
      if !phone.wallet.newerFormat { phone.wallet = .ecny }
    case .unsupportedCode: phone.wallet = .unsupportedApp
    case .codeExpired: phone.code = .expired
    case .networkDown: network.wifiUp = false
    case .weakSignal: network.wifiBars = 1
    case .serverMaintenance: host = .maintenance
    case .merchantRiskHold: merchant = .riskHold
    case .wrongKey: keyStuck = true
    case .cardPermissionOff: cardPermitted = false
    case .wrongPIN: card.pinRight = false
    case .insufficientFunds: card.fundsEnough = false
    }
  }
}
