import Foundation

/// Where a merchant stands with its acquirer, and so whether the terminal may take payments.
public enum MerchantStatus: String, CaseIterable, Sendable, Codable {
  case normal
  /// Risk hold: the acquirer's risk control holds the merchant; scanning is blocked.
  case riskHold = "risk_hold"
  /// Frozen: the merchant is frozen; no payment is taken and settlement money is held.
  case frozen

  /// Reads the CSV/database spelling (`normal`, `risk_hold`, `frozen`; `-` and case ignored).
  public init?(spelling: String) {
    if let exact = MerchantStatus(rawValue: spelling) {  // the usual case, without Foundation
      self = exact
      return
    }
    let key = spelling.trimmingSpaces().lowercased().replacingOccurrences(of: "-", with: "_")
    self.init(rawValue: key)
  }

  /// Whether scan-code payments can go through for a merchant in this state.
  public var allowsScanning: Bool {
    switch self {
    case .normal: true
    case .riskHold, .frozen: false
    }
  }

  /// Whether card payments can go through for a merchant in this state.
  public var allowsCard: Bool {
    switch self {
    case .normal, .riskHold: true
    case .frozen: false
    }
  }

  /// The short label.
  public var label: MerchantText { .statusLabel(self) }

  /// What the state means for scanning and what to do about it.
  public var meaningForScanning: MerchantText { .statusMeaningForScanning(self) }
}
