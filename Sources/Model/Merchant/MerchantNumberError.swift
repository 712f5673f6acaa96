/// Why a typed merchant or terminal number was refused, with the place to look.
public enum MerchantNumberError: Error, Equatable, Sendable {
  /// Nothing but spaces or dashes was typed.
  case empty
  /// The character at `position` (1-based, counted in the input as typed) is not allowed.
  case invalidCharacter(position: Int, character: Character)
  /// The input has the wrong number of digits.
  case wrongLength(digitCount: Int)

  /// What went wrong and what to do, for a merchant number.
  public var text: MerchantText { .merchantNumberRefused(self) }

  /// `text` in both languages, for the screens that keep a refusal as `LocalizedText`.
  public var message: LocalizedText { LocalizedText(text) }
}
