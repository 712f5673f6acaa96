/// Why a typed merchant or terminal number was refused, with the place to look.
public enum MerchantNumberError: Error, Equatable, Sendable {
  /// Nothing but spaces or dashes was typed.
  case empty
  /// The character at `position` (1-based, counted in the input as typed) is not allowed.
  case invalidCharacter(position: Int, character: Character)
  /// The input has the wrong number of digits.
  case wrongLength(digitCount: Int)

  /// What went wrong and what to do, for a merchant number.
  public var message: LocalizedText {
    switch self {
    case .empty:
      LocalizedText(
        zh: "没有输入商户号：请输入签购单上的 15 位商户号。",
        en: "No merchant number entered: type the 15-digit merchant number from the slip.")
    case .invalidCharacter(let position, let character):
      LocalizedText(
        zh: "第 \(position) 个字符“\(character)”不是数字：商户号只含数字（可用空格或短横线分隔）。",
        en: "Character \(position) (“\(character)”) is not a digit: a merchant number has only "
          + "digits (spaces or dashes may separate them).")
    case .wrongLength(let count):
      LocalizedText(
        zh: "输入了 \(count) 位数字，商户号应为 15 位：请对照签购单逐位核对。",
        en: "\(count) digits entered; a merchant number has 15. Check it digit by digit "
          + "against the slip.")
    }
  }
}
