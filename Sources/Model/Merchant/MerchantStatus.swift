import Foundation

/// Where a merchant stands with its acquirer, and so whether the terminal may take payments.
public enum MerchantStatus: String, CaseIterable, Sendable, Codable {
  case normal
  /// 风控: the acquirer's risk control holds the merchant; scanning is blocked.
  case riskHold = "risk_hold"
  /// 冻结: the merchant is frozen; no payment is taken and settlement money is held.
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
  public var label: LocalizedText {
    switch self {
    case .normal: LocalizedText(zh: "正常", en: "normal")
    case .riskHold: LocalizedText(zh: "风控中", en: "risk hold")
    case .frozen: LocalizedText(zh: "已冻结", en: "frozen")
    }
  }

  /// What the state means for scanning and what to do about it.
  public var meaningForScanning: LocalizedText {
    switch self {
    case .normal:
      LocalizedText(
        zh: "商户状态正常，扫码收款不受商户状态限制。",
        en: "The merchant is in good standing; its status does not stop scan payments.")
    case .riskHold:
      LocalizedText(
        zh: "商户被风控：扫码收款被拦截，可先改用刷卡/挥卡收款；请拨打客服 95016，报商户号，询问风控原因和解除所需材料。",
        en: "The merchant is on risk hold: scan payments are blocked. Take the payment by card "
          + "(swipe or tap) meanwhile, and call customer service 95016 with the merchant "
          + "number to ask why and what lifts the hold.")
    case .frozen:
      LocalizedText(
        zh: "商户已冻结：扫码和刷卡都无法收款，结算资金暂停；请停止收款，拨打客服 95016，报商户号处理。",
        en: "The merchant is frozen: neither scan nor card payments go through and settlement "
          + "is held. Stop taking payments on this terminal and call customer service 95016 "
          + "with the merchant number.")
    }
  }
}
