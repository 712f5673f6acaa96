/// What the terminal makes of a payment code: whose it is and whether it takes it.
public struct CodeClassification: Equatable, Sendable {
  /// The overall answer.
  public var verdict: CodeVerdict
  /// The rule that matched, when one did.
  public var rule: PaymentCodeRule?
  /// Why the verdict is what it is.
  public var reason: CodeReason
  /// The code as examined: spaces and line breaks around it removed.
  public var code: String

  /// Whether the terminal can take the payment.
  public var supported: Bool { verdict == .supported }
}

/// The four answers a classification can give.
public enum CodeVerdict: String, Equatable, Sendable, Codable {
  case supported
  case unsupported
  case unknown
  case malformed
}

/// Why a code was classified as it was.
public enum CodeReason: Equatable, Sendable {
  /// A rule for a wallet this terminal takes matched.
  case matchedSupportedRule
  /// A rule matched, but the terminal does not take that wallet.
  case walletNotSupported
  /// A web address: a self-made QR (e.g. from a mini-program), not a payment code.
  case selfMadeURL
  /// Text that is not all digits: a self-made QR, not a payment code.
  case selfMadeText
  /// All digits, but no rule fits this length and prefix.
  case noRuleMatches(length: Int)
  /// Nothing was given.
  case empty
  /// A control character (e.g. an escape sequence) at this 1-based position.
  case controlCharacter(position: Int)
  /// Longer than any code a camera or scanner delivers.
  case tooLong(length: Int)
}

extension PaymentCodeTable {
  /// Longest input examined; a payment code is at most a few dozen characters.
  public static let maximumCodeLength = 512

  /// Classifies a scanned, typed or pasted code.
  ///
  /// Malformed input (empty, control characters, absurdly long) is kept apart from
  /// well-formed content no rule knows, so the CLI can answer 2 versus 1.
  public func classify(_ raw: String) -> CodeClassification {
    let code = raw.trimmingSpaces()
    func answer(_ verdict: CodeVerdict, _ reason: CodeReason, _ rule: PaymentCodeRule? = nil)
      -> CodeClassification
    {
      CodeClassification(verdict: verdict, rule: rule, reason: reason, code: code)
    }
    if code.isEmpty { return answer(.malformed, .empty) }
    let length = code.count
    if length > Self.maximumCodeLength { return answer(.malformed, .tooLong(length: length)) }
    for (offset, character) in code.enumerated() where DisplayWidth.of(character) == nil {
      return answer(.malformed, .controlCharacter(position: offset + 1))
    }
    guard code.allSatisfy(\.isASCIIDigit) else {
      let lower = code.lowercased()
      let looksLikeURL = lower.contains("://") || lower.hasPrefix("www.")
      return answer(.unsupported, looksLikeURL ? .selfMadeURL : .selfMadeText)
    }
    guard let rule = rules.first(where: { $0.matches(code) }) else {
      return answer(.unknown, .noRuleMatches(length: length))
    }
    return rule.supported
      ? answer(.supported, .matchedSupportedRule, rule)
      : answer(.unsupported, .walletNotSupported, rule)
  }
}
