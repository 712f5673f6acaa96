/// A 15-digit UnionPay-style merchant number: acquirer (3) + region (4) + MCC (4) + sequence (4).
///
/// Parsing tolerates spaces and dashes between digits and accepts full-width digits
/// (０-９, as Chinese IMEs type them), normalising them to ASCII; any other character is
/// refused with its 1-based position in the input as typed.
public struct MerchantNumber: Hashable, Sendable, CustomStringConvertible {
  /// The 15 ASCII digits.
  public let digits: String

  /// The number of digits a merchant number has.
  public static let length = 15

  /// Reads a merchant number as a person typed or pasted it.
  public init(parsing input: String) throws(MerchantNumberError) {
    if let plain = MerchantNumber(validDigits: input) {  // the usual case: 15 ASCII digits
      self = plain
      return
    }
    var digits = ""
    var position = 0
    var sawAnything = false
    for character in input {
      position += 1
      switch TypedDigits.read(character) {
      case .separator:
        continue
      case .digit(let digit):
        sawAnything = true
        digits.append(digit)
      case .letter, .other:
        throw .invalidCharacter(position: position, character: character)
      }
    }
    guard sawAnything else { throw .empty }
    guard digits.count == Self.length else { throw .wrongLength(digitCount: digits.count) }
    self.digits = digits
  }

  /// Builds a number from 15 ASCII digits already checked, e.g. read back from the directory.
  init?(validDigits: String) {
    guard validDigits.utf8.count == Self.length,
      validDigits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })
    else { return nil }
    digits = validDigits
  }

  /// Digits 1-3: who acquires (processes) the merchant's transactions.
  public var acquirerCode: String { field(0, 3) }
  /// Digits 4-7: the region the merchant is registered in.
  public var regionCode: String { field(3, 4) }
  /// Digits 8-11: the merchant category code (ISO 18245).
  public var mccCode: String { field(7, 4) }
  /// Digits 12-15: the acquirer's sequence number for this merchant.
  public var sequence: String { field(11, 4) }

  /// Grouped as slips print it: `822 5810 5411 0001`.
  public var grouped: String {
    [acquirerCode, regionCode, mccCode, sequence].joined(separator: " ")
  }

  public var description: String { digits }

  private func field(_ start: Int, _ length: Int) -> String {
    String(digits.dropFirst(start).prefix(length))
  }
}
