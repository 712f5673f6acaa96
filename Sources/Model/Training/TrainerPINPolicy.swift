/// What a trainer PIN must look like: 6 to 12 digits (typed on the keypad) that nobody
/// guesses first: not one digit repeated, not a straight run, not one of the simulator's
/// own passwords that every trainee sees.
public enum TrainerPINPolicy {
  public static let minimumLength = 6
  public static let maximumLength = 12
  /// The lengths as prompts show them, from the rule itself ("6-12").
  public static var lengthText: String { "\(minimumLength)-\(maximumLength)" }

  /// Passwords printed in the simulator's guide and defaults, and their usual variants.
  public static let refusedPINs: Set<String> = [
    TerminalSettings().operatorPassword, TerminalSettings().supervisorPassword,
    "0000", "000000", "123456", "1234567", "12345678", "123456789", "1234567890",
    "654321", "123123", "112233", "121212", "123321", "520520", "147258", "159357",
  ]

  /// Throws when `pin` breaks the policy; the error says which rule.
  public static func check(_ pin: String) throws(TrainerPINError) {
    guard pin.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notDigits }
    guard (minimumLength...maximumLength).contains(pin.count) else {
      throw .wrongLength(pin.count)
    }
    let digits = pin.compactMap(\.wholeNumberValue)
    if Set(digits).count == 1 { throw .tooEasy(.oneDigitRepeated) }
    let steps = Set(zip(digits, digits.dropFirst()).map { ($1 - $0 + 10) % 10 })
    if steps == [1] || steps == [9] { throw .tooEasy(.straightRun) }
    if refusedPINs.contains(pin) { throw .tooEasy(.simulatorDefault) }
  }
}

/// Why a PIN is too easy.
public enum TrainerPINWeakness: Equatable, Sendable {
  /// 111111, 000000…
  case oneDigitRepeated
  /// 123456, 654321, 890123…
  case straightRun
  /// A password the simulator itself uses or shows (0000, 123456…) or a common variant.
  case simulatorDefault

  /// The rule in `language`.
  public func text(_ language: Language) -> String { TrainingText.pinWeakness(self)(language) }
}
