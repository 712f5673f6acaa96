/// How sure a payment-code rule is, as recorded with the rule.
public enum RuleConfidence: String, Sendable, Codable, CaseIterable {
  case official
  case deFacto = "de-facto"
  case uncertain
}

/// Leading digits a code must start with: one literal, or a range of equal-length numbers.
public struct CodePrefix: Equatable, Sendable {
  /// Lowest prefix, as digits.
  public let low: String
  /// Highest prefix, as digits (equal to `low` for a literal).
  public let high: String

  /// Parses `62` or `10-15`; `nil` when not digits or the ends differ in length.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard (1...2).contains(parts.count), let low = parts.first, let high = parts.last,
      low.count == high.count, !low.isEmpty, low.allSatisfy(\.isASCIIDigit),
      high.allSatisfy(\.isASCIIDigit), low <= high
    else { return nil }
    self.low = low
    self.high = high
  }

  /// Whether `digits` starts with a prefix in this range.
  public func matches(_ digits: String) -> Bool {
    guard digits.count >= low.count else { return false }
    let head = String(digits.prefix(low.count))
    // Equal-length digit strings compare in numeric order.
    return low <= head && head <= high
  }

  /// `62` or `10–15`, as people write it.
  public var text: String { low == high ? low : "\(low)–\(high)" }
}

/// One row of the payment-code table: which codes belong to a wallet.
public struct PaymentCodeRule: Equatable, Sendable {
  /// Stable wallet id, e.g. `wechat`.
  public var id: String
  /// The wallet's name.
  public var wallet: LocalizedText
  /// Allowed code lengths in digits.
  public var lengths: ClosedRange<Int>
  /// Leading digits; any one must match.
  public var prefixes: [CodePrefix]
  /// Whether this terminal takes payments with the wallet.
  public var supported: Bool
  /// How sure the rule is.
  public var confidence: RuleConfidence
  /// Old firmware cannot read this format (fault `firmware-old`).
  public var newerFormat: Bool
  /// Where the rule comes from.
  public var source: String

  /// Whether an all-digit code fits the rule's length and prefix.
  public func matches(_ digits: String) -> Bool {
    lengths.contains(digits.count) && prefixes.contains { $0.matches(digits) }
  }

  /// The rule in words, e.g. "18 digits starting 10–15".
  public func describe(_ language: Language) -> String {
    let length =
      lengths.lowerBound == lengths.upperBound
      ? "\(lengths.lowerBound)" : "\(lengths.lowerBound)–\(lengths.upperBound)"
    let prefixList = prefixes.map(\.text).joined(
      separator: TerminalPhrase.listSeparator.text(language))
    return TerminalPhrase.ruleDescription(length: length, prefixes: prefixList).text(language)
  }
}

extension Character {
  /// True for the ASCII digits 0–9 only (not other scripts' numerals).
  var isASCIIDigit: Bool { isASCII && isNumber }
}
