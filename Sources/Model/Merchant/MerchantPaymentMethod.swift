/// A way a merchant may take money on its terminals.
public enum MerchantPaymentMethod: String, CaseIterable, Sendable, Codable, Comparable {
  /// Scanning the customer's payment code.
  case scan
  /// Bank card: swipe, insert or tap.
  case card

  /// The short label.
  public var label: MerchantText { .methodLabel(self) }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}
