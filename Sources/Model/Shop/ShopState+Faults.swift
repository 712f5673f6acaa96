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
    case .cardPermissionOff:
      cardPermitted = false
      paysByCard = true
    case .wrongPIN:
      card.pinRight = false
      paysByCard = true
    case .insufficientFunds:
      card.fundsEnough = false
      paysByCard = true
    }
  }

  /// This state with `fault` put right the way its verdict's fix would (a new camera, the
  /// permission opened, a PIN typed again…), leaving everything else as it is.
  public func fixing(_ fault: ScanFault) -> ShopState {
    let healthy = ShopState()
    var state = self
    switch fault {
    case .cameraBroken: state.cameraWorks = true
    case .lensDirty: state.window = .clean
    case .lowLight, .glare: state.light = .normal
    case .permissionOff: state.scanPermitted = true
    case .firmwareOld: state.firmware = ShopState.currentFirmware
    case .unsupportedCode:
      state.phone.wallet = healthy.phone.wallet
      if state.phone.code == .selfMade { state.phone.code = .fresh }
    case .codeExpired: state.phone.code = .fresh
    case .networkDown: state.network.kind = .mobile
    case .weakSignal: state.network.wifiBars = healthy.network.wifiBars
    case .serverMaintenance: state.host = .up
    case .merchantRiskHold: state.merchant = .normal
    case .wrongKey: state.keyStuck = false
    case .cardPermissionOff: state.cardPermitted = true
    case .wrongPIN: state.card.pinRight = true
    case .insufficientFunds: state.card.fundsEnough = true
    }
    return state
  }
}
