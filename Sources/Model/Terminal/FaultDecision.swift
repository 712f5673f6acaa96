/// What the faults decided for one step: a failure or not, how long it took on the
/// simulated unit, and which faults showed themselves.
struct FaultDecision: Equatable, Sendable {
  var failure: TransactionFailure?
  var elapsedMilliseconds: Int
  var surfaced: [ScanFault]

  static let none = FaultDecision(failure: nil, elapsedMilliseconds: 0, surfaced: [])

  /// This decision followed by `next`, unless this one already failed.
  func then(_ next: () -> FaultDecision) -> FaultDecision {
    guard failure == nil else { return self }
    let after = next()
    return FaultDecision(
      failure: after.failure, elapsedMilliseconds: elapsedMilliseconds + after.elapsedMilliseconds,
      surfaced: surfaced + after.surfaced)
  }
}

/// The kinds of host request a fault can affect.
enum HostRequest: Equatable, Sendable {
  case scanSale
  case cardSale
  case void
  case refund
  case settlement

  /// The kind of transaction the request carries; nil for settlement.
  var transactionKind: TransactionKind? {
    switch self {
    case .scanSale, .cardSale: .sale
    case .void: .void
    case .refund: .refund
    case .settlement: nil
    }
  }
}

/// Decides outcomes from the faults that are on, the way the real unit would fail.
/// Slow failures are decided at once and reported with their simulated duration.
enum FaultRules {
  /// Odds in 100 that an optical fault spoils one camera scan.
  static func opticalFailureOdds(_ fault: ScanFault) -> Int? {
    switch fault {
    case .lensDirty: 50
    case .lowLight: 40
    case .glare: 35
    case .cameraBroken, .permissionOff, .firmwareOld, .unsupportedCode, .codeExpired,
      .networkDown, .weakSignal, .serverMaintenance, .merchantRiskHold, .wrongKey,
      .cardPermissionOff, .wrongPIN, .insufficientFunds:
      nil
    }
  }

  /// The simulated camera looking at a code.
  static func cameraScan(faults: Set<ScanFault>, rng: inout SplitMix64) -> FaultDecision {
    if faults.contains(.cameraBroken) {
      return FaultDecision(
        failure: .cameraNotStarting, elapsedMilliseconds: 0, surfaced: [.cameraBroken])
    }
    var elapsed = rng.value(in: 300...900)
    var surfaced: [ScanFault] = []
    for fault in faults.sorted() {
      guard let odds = opticalFailureOdds(fault) else { continue }
      surfaced.append(fault)
      if rng.chance(odds) {
        // The unit keeps trying until its scan window closes.
        elapsed += rng.value(in: 20_000...30_000)
        return FaultDecision(
          failure: .codeNotRecognised(fault), elapsedMilliseconds: elapsed, surfaced: surfaced)
      }
      elapsed += rng.value(in: 3_000...9_000)
    }
    return FaultDecision(failure: nil, elapsedMilliseconds: elapsed, surfaced: surfaced)
  }

  /// The terminal's own check of the code before it goes to the host.
  static func codeCheck(_ code: CodeClassification, faults: Set<ScanFault>) -> FaultDecision {
    func fail(_ failure: TransactionFailure, _ surfaced: [ScanFault] = []) -> FaultDecision {
      FaultDecision(failure: failure, elapsedMilliseconds: 0, surfaced: surfaced)
    }
    switch code.verdict {
    case .malformed: return fail(.malformedCode(code.reason))
    case .unsupported, .unknown:
      return fail(.unsupportedCode(code.reason, wallet: code.rule?.wallet))
    case .supported: break
    }
    if faults.contains(.unsupportedCode) {
      return fail(
        .unsupportedCode(.walletNotSupported, wallet: code.rule?.wallet), [.unsupportedCode])
    }
    if faults.contains(.firmwareOld), let rule = code.rule, rule.newerFormat {
      return fail(.firmwareTooOld(wallet: rule.wallet), [.firmwareOld])
    }
    return .none
  }

  /// A request to the host: network first, then the host's own answers.
  static func host(
    _ request: HostRequest, faults: Set<ScanFault>, settings: TerminalSettings,
    rng: inout SplitMix64
  ) -> FaultDecision {
    var elapsed = rng.value(in: 1_200...2_500)
    var surfaced: [ScanFault] = []
    func fail(_ failure: TransactionFailure, _ fault: ScanFault?) -> FaultDecision {
      if let fault { surfaced.append(fault) }
      return FaultDecision(failure: failure, elapsedMilliseconds: elapsed, surfaced: surfaced)
    }
    if faults.contains(.networkDown) {
      // No link at all: the unit knows at once.
      elapsed = rng.value(in: 300...1_000)
      return fail(.networkDown, .networkDown)
    }
    if faults.contains(.weakSignal) {
      surfaced.append(.weakSignal)
      if rng.chance(50) {
        elapsed = settings.hostTimeoutSeconds * 1_000
        return fail(.timedOut(seconds: settings.hostTimeoutSeconds), nil)
      }
      elapsed += rng.value(in: 4_000...12_000)
    }
    if faults.contains(.serverMaintenance) { return fail(.serverMaintenance, .serverMaintenance) }
    if faults.contains(.merchantRiskHold) { return fail(.merchantRiskHold, .merchantRiskHold) }
    switch request {
    case .scanSale:
      if faults.contains(.permissionOff) { return fail(.notPermitted(.scan), .permissionOff) }
      if !settings.scanPermission { return fail(.notPermitted(.scan), nil) }
      if faults.contains(.codeExpired) { return fail(.codeExpired, .codeExpired) }
    case .cardSale:
      if faults.contains(.cardPermissionOff) {
        return fail(.notPermitted(.card), .cardPermissionOff)
      }
      if !settings.cardPermission { return fail(.notPermitted(.card), nil) }
      if faults.contains(.wrongPIN) { return fail(.wrongPIN, .wrongPIN) }
      if faults.contains(.insufficientFunds) { return fail(.insufficientFunds, .insufficientFunds) }
    case .void, .refund, .settlement:
      break
    }
    return FaultDecision(failure: nil, elapsedMilliseconds: elapsed, surfaced: surfaced)
  }
}
