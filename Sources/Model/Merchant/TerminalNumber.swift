/// An 8-character terminal number, printed on every slip beside the merchant number.
///
/// Usually 8 digits; letters are accepted too (upper-cased) since some acquirers issue
/// them. Spaces, dashes and full-width forms are read as for `MerchantNumber`.
public struct TerminalNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 8 ASCII characters, digits and upper-case letters.
  public let value: String

  /// The number of characters a terminal number has.
  public static let length = 8

  /// Reads a terminal number as a person typed or pasted it.
  public init(parsing input: String) throws(TerminalNumberError) {
    // The usual case: 8 ASCII digits or upper-case letters, taken as they are.
    if input.utf8.count == Self.length,
      input.utf8.allSatisfy({ (48...57).contains($0) || (65...90).contains($0) })
    {
      self.value = input
      return
    }
    var value = ""
    var position = 0
    for character in input {
      position += 1
      switch TypedDigits.read(character) {
      case .separator:
        continue
      case .digit(let normal), .letter(let normal):
        value.append(normal)
      case .other:
        throw .invalidCharacter(position: position, character: character)
      }
    }
    guard !value.isEmpty else { throw .empty }
    guard value.count == Self.length else { throw .wrongLength(characterCount: value.count) }
    self.value = value
  }

  public var description: String { value }

  public static func < (lhs: TerminalNumber, rhs: TerminalNumber) -> Bool { lhs.value < rhs.value }
}

/// Why a typed terminal number was refused, with the place to look.
public enum TerminalNumberError: Error, Equatable, Sendable {
  /// Nothing but spaces or dashes was typed.
  case empty
  /// The character at `position` (1-based, counted in the input as typed) is not allowed.
  case invalidCharacter(position: Int, character: Character)
  /// The input does not have 8 characters.
  case wrongLength(characterCount: Int)

  /// What went wrong and what to do.
  public var text: MerchantText { .terminalNumberRefused(self) }

  /// `text` in both languages, for the screens that keep a refusal as `LocalizedText`.
  public var message: LocalizedText { LocalizedText(text) }
}
