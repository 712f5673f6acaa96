/// Decides the unit's outcomes from the shop's state (`ShopBehaviour`), the way the real
/// unit would fail there: a smudged window and dim light fail reads (both together worse),
/// a weak link times out every time. Chance, seeded, only decides camera reads and how
/// long things take. Slow failures are decided at once and reported with their duration.
enum ShopRules {
  /// The faults a failed camera read shows, in declared order.
  static func opticalFaults(_ shop: ShopState) -> [ScanFault] {
    shop.faults.filter { $0 == .lensDirty || $0 == .lowLight || $0 == .glare }
  }

  /// The simulated camera looking at a code.
  static func cameraScan(_ shop: ShopState, rng: inout SplitMix64) -> FaultDecision {
    if !shop.cameraWorks {
      return FaultDecision(
        failure: .cameraNotStarting, elapsedMilliseconds: 0, surfaced: [.cameraBroken])
    }
    let optical = opticalFaults(shop)
    var elapsed = rng.value(in: 300...900)
    guard shop.scanReads(rng: &rng) else {
      // The unit keeps trying until its scan window closes.
      elapsed += rng.value(in: 20_000...30_000)
      return FaultDecision(
        failure: .codeNotRecognised, elapsedMilliseconds: elapsed, surfaced: optical)
    }
    // A read through a poor window or light comes, but only after some tries.
    if !optical.isEmpty { elapsed += rng.value(in: 3_000...9_000) }
    return FaultDecision(failure: nil, elapsedMilliseconds: elapsed, surfaced: optical)
  }

  /// The terminal's own check of the code before it goes to the host.
  static func codeCheck(_ code: CodeClassification, shop: ShopState) -> FaultDecision {
    func fail(_ failure: TransactionFailure, _ surfaced: [ScanFault] = []) -> FaultDecision {
      FaultDecision(failure: failure, elapsedMilliseconds: 0, surfaced: surfaced)
    }
    switch code.verdict {
    case .malformed: return fail(.malformedCode(code.reason))
    case .unsupported, .unknown:
      return fail(.unsupportedCode(code.reason, wallet: code.rule?.wallet))
    case .supported: break
    }
    if !shop.phone.wallet.accepted {
      return fail(
        .unsupportedCode(.walletNotSupported, wallet: code.rule?.wallet), [.unsupportedCode])
    }
    if shop.has(.firmwareOld), let rule = code.rule, rule.newerFormat {
      return fail(.firmwareTooOld(wallet: rule.wallet), [.firmwareOld])
    }
    return .none
  }

  /// A request to the host: the link first, then the host's own answers.
  static func host(
    _ request: HostRequest, shop: ShopState, settings: TerminalSettings, rng: inout SplitMix64
  ) -> FaultDecision {
    var elapsed = rng.value(in: 1_200...2_500)
    func fail(_ failure: TransactionFailure, _ fault: ScanFault?) -> FaultDecision {
      FaultDecision(
        failure: failure, elapsedMilliseconds: elapsed, surfaced: fault.map { [$0] } ?? [])
    }
    if !shop.network.connected {
      // No link at all: the unit knows at once.
      elapsed = rng.value(in: 300...1_000)
      return fail(.networkDown, .networkDown)
    }
    if !shop.network.reachesHost {
      // One bar (or a firewall dropping the traffic): the request never gets an answer.
      elapsed = settings.hostTimeoutSeconds * 1_000
      return fail(
        .timedOut(seconds: settings.hostTimeoutSeconds, channel: request.channel),
        shop.has(.weakSignal) ? .weakSignal : nil)
    }
    if shop.host == .maintenance { return fail(.serverMaintenance, .serverMaintenance) }
    if shop.merchant == .riskHold { return fail(.merchantRiskHold, .merchantRiskHold) }
    switch request {
    case .scanSale:
      if !shop.scanPermitted { return fail(.notPermitted(.scan), .permissionOff) }
      if !settings.scanPermission { return fail(.notPermitted(.scan), nil) }
      if shop.phone.code == .expired || shop.phone.code == .used {
        return fail(.codeExpired, .codeExpired)
      }
    case .cardSale:
      if !shop.cardPermitted { return fail(.notPermitted(.card), .cardPermissionOff) }
      if !settings.cardPermission { return fail(.notPermitted(.card), nil) }
      if !shop.card.pinRight { return fail(.wrongPIN, .wrongPIN) }
      if !shop.card.fundsEnough { return fail(.insufficientFunds, .insufficientFunds) }
    case .void, .refund, .settlement:
      break
    }
    return FaultDecision(failure: nil, elapsedMilliseconds: elapsed, surfaced: [])
  }
}
