/// A payment amount in integer fen (0.01 yuan), always within what the terminal accepts.
public struct Amount: Hashable, Comparable, Sendable, Codable {
  /// The amount in fen; 1 fen is 0.01 yuan.
  public let fen: Int

  /// Smallest amount the terminal takes: 0.01 yuan.
  public static let minimumFen = 1
  /// Largest amount the terminal takes: 99,999.99 yuan.
  public static let maximumFen = 9_999_999

  /// An amount from fen, or `nil` when outside 0.01 – 99,999.99 yuan.
  public init?(fen: Int) {
    guard (Self.minimumFen...Self.maximumFen).contains(fen) else { return nil }
    self.fen = fen
  }

  public static func < (lhs: Amount, rhs: Amount) -> Bool { lhs.fen < rhs.fen }

  /// Yuan with two decimals and no grouping, e.g. `1234.50`.
  public var yuanText: String { Self.yuanText(fen: fen) }

  /// Any fen count as yuan with two decimals (negative counts keep their sign).
  public static func yuanText(fen: Int) -> String {
    let sign = fen < 0 ? "-" : ""
    let magnitude = fen.magnitude
    let cents = magnitude % 100
    return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
  }

  /// Parses yuan as the cashier types it: `12`, `12.3`, `12.30`, `0.05`.
  ///
  /// Refused, each with its own reason: empty input, anything but digits and one
  /// point, a leading zero before other digits (`012`, a common mistyping), a point
  /// with no digit before it, a third decimal, zero, and more than 99,999.99.
  public static func parse(_ text: String) throws(AmountError) -> Amount {
    let trimmed = text.trimmingSpaces()
    if trimmed.isEmpty { throw .empty }
    var integerPart = ""
    var fractionPart = ""
    var seenPoint = false
    for character in trimmed {
      if character == "." {
        if seenPoint { throw .invalidCharacter(".") }
        seenPoint = true
      } else if character.isASCII, character.isNumber {
        if seenPoint { fractionPart.append(character) } else { integerPart.append(character) }
      } else {
        throw .invalidCharacter(character)
      }
    }
    if integerPart.isEmpty { throw .missingYuan }
    if integerPart.count > 1, integerPart.first == "0" { throw .leadingZero }
    if fractionPart.count > 2 { throw .tooManyDecimals }
    // More than five yuan digits is over the maximum whatever they are; checking the
    // length first also keeps a flood of digits from overflowing Int.
    if integerPart.count > 5 { throw .overMaximum }
    let yuan = Int(integerPart) ?? 0
    let paddedFraction = fractionPart + String(repeating: "0", count: 2 - fractionPart.count)
    let fen = yuan * 100 + (Int(paddedFraction) ?? 0)
    if fen == 0 { throw .zero }
    guard let amount = Amount(fen: fen) else { throw .overMaximum }
    return amount
  }
}

/// Why typed text is not an amount the terminal accepts.
public enum AmountError: Error, Equatable, Sendable {
  /// Nothing was entered.
  case empty
  /// A character other than a digit or one decimal point.
  case invalidCharacter(Character)
  /// A decimal point with no yuan digit before it, e.g. `.5`.
  case missingYuan
  /// A zero before other yuan digits, e.g. `012`.
  case leadingZero
  /// More than two decimals: the terminal counts in fen.
  case tooManyDecimals
  /// The amount is zero.
  case zero
  /// More than 99,999.99 yuan.
  case overMaximum

  /// What the terminal shows for this refusal.
  public var phrase: TerminalPhrase { .amountRefused(self) }
}
