/// How typed identifiers (merchant and terminal numbers) are read, character by character.
///
/// Chinese IMEs in full-width mode type ０-９ and Ａ-Ｚ, and the number is still the
/// same number, so full-width digits and letters are read as their ASCII forms. Spaces
/// (ASCII or the ideographic U+3000) and dashes (ASCII, full-width, en dash) only group
/// digits the way slips print them, so they are skipped.
enum TypedDigits {
  /// What one typed character means.
  enum Reading: Equatable {
    case separator
    case digit(Character)
    case letter(Character)
    case other
  }

  static func read(_ character: Character) -> Reading {
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first
    else { return .other }
    switch scalar.value {
    case 0x20, 0x09, 0x3000, 0x2D, 0xFF0D, 0x2013, 0x2010, 0x2011, 0x2212:
      return .separator
    case 0x30...0x39:
      return .digit(character)
    case 0xFF10...0xFF19:
      return .digit(ascii(scalar.value - 0xFF10 + 0x30))
    case 0x41...0x5A:
      return .letter(character)
    case 0x61...0x7A:
      return .letter(ascii(scalar.value - 0x20))
    case 0xFF21...0xFF3A:
      return .letter(ascii(scalar.value - 0xFF21 + 0x41))
    case 0xFF41...0xFF5A:
      return .letter(ascii(scalar.value - 0xFF41 + 0x41))
    default:
      return .other
    }
  }

  private static func ascii(_ value: UInt32) -> Character {
    Character(Unicode.Scalar(UInt8(truncatingIfNeeded: value)))
  }
}
