/// What the unit does in a given shop state: the outcome follows from the state alone, with
/// chance (seeded) only where a real camera is chancy.
extension ShopState {
  /// Odds in 100 that one camera try reads the customer's code. Each optical problem lets
  /// few reads through; together they multiply, so dim light on a smudged window is worse.
  public var readOdds: Int {
    guard cameraWorks, !cameraHung, !softwareBug else { return 0 }
    var odds = 98.0
    if window != .clean { odds *= 0.05 }
    if light != .normal { odds *= 0.05 }
    if phone.brightness == .low { odds *= 0.3 }
    if phone.code == .creased || phone.cracked { odds *= 0.05 }
    // Placement, a held-badly code and narrowed scan settings upset focus and framing.
    if onMetal { odds *= 0.1 }
    if heldBadly { odds *= 0.1 }
    if !scanSettingsDefault { odds *= 0.05 }
    if cameraWorn { odds *= 0.1 }
    return Int(odds.rounded(.up))
  }

  /// Whether any of `tries` camera tries reads the code.
  public func scanReads(tries: Int = 2, rng: inout SplitMix64) -> Bool {
    (0..<tries).contains { _ in rng.chance(readOdds) }
  }

  /// What the unit shows on starting a scan sale (before any code is shown).
  public var scanStart: ScanStartOutcome {
    if !screenWorks || screenBroken || battery == .flat || keysDead || offScanScreen {
      return .noResponse
    }
    if keyStuck { return .interrupted }
    if !cameraWorks || cameraHung { return .cameraFails }
    return .ready
  }

  /// What a scan sale ends in once the code has been read.
  public var payOutcome: PayOutcome {
    if phone.code == .selfMade || !phone.wallet.accepted { return .unsupported }
    if firmware < ShopState.currentFirmware && phone.wallet.newerFormat { return .firmwareTooOld }
    return hostOutcome(card: false)
  }

  /// What a card sale ends in.
  public var cardOutcome: PayOutcome { hostOutcome(card: true) }

  private func hostOutcome(card paying: Bool) -> PayOutcome {
    if !network.connected { return .networkDown }
    if !network.reachesHost { return .timedOut }
    if host == .maintenance { return .maintenance }
    if merchant == .riskHold { return .merchantHold }
    if hostSystemError { return .systemError }
    if paying {
      if !cardPermitted { return .notPermitted }
      if !card.pinRight || card.locked { return .wrongPIN }
      if !card.fundsEnough { return .insufficientFunds }
    } else {
      if !scanPermitted { return .notPermitted }
      if phone.code == .expired || phone.code == .used { return .expired }
      if passwordAsked { return .awaitingPassword }
    }
    return .approved
  }
}

extension ShopWallet {
  /// Code formats old firmware cannot read (data/payment-codes.toml `newer_format`).
  public var newerFormat: Bool { self == .ecny || self == .jdBaitiao }
}

public enum ScanStartOutcome: String, Equatable, Sendable, CaseIterable {
  case ready
  case interrupted
  case cameraFails = "camera-fails"
  case noResponse = "no-response"
}

/// How a sale ends; raw values are the observation values guides map options to.
public enum PayOutcome: String, Equatable, Sendable, CaseIterable {
  case approved
  case notPermitted = "not-permitted"
  case expired
  case unsupported
  case firmwareTooOld = "firmware"
  case networkDown = "network"
  case timedOut = "timeout"
  case maintenance
  case merchantHold = "merchant"
  case wrongPIN = "wrong-pin"
  case insufficientFunds = "insufficient"
  case systemError = "system-error"
  case awaitingPassword = "awaiting-password"
}
