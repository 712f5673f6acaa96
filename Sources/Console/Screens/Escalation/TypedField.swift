/// One line of typed text in a form, with the place of a refused character.
struct TypedField: Equatable, Sendable {
  var text = ""
  /// 1-based position, in characters as typed, of the character the last check refused.
  var badPosition: Int?

  /// Longer input is not a number anyone types; a paste flood stops here.
  static let maxCharacters = 40

  /// Adds a typed character; control characters and overflow are ignored.
  mutating func type(_ character: Character) {
    guard text.count < Self.maxCharacters,
      character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control })
    else { return }
    text.append(character)
    badPosition = nil
  }

  /// Removes the last character (the terminal's 清除 key).
  mutating func deleteLast() {
    guard !text.isEmpty else { return }
    text.removeLast()
    badPosition = nil
  }

  mutating func clear() {
    text = ""
    badPosition = nil
  }
}
