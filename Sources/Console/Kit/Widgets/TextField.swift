import Model

/// The one text field: typed text, a maximum length in characters, clearing, the
/// place of a refused character, and a display-width-aware view of its end.
struct TextField: Equatable, Sendable {
  private(set) var text: String
  let maxCharacters: Int
  /// Only digits are taken (a PIN, an amount typed on a keypad).
  var digitsOnly = false
  /// 1-based position, in characters as typed, of the character the last check refused.
  var badPosition: Int?

  init(text: String = "", maxCharacters: Int = 40, digitsOnly: Bool = false) {
    self.text = String(text.prefix(maxCharacters))
    self.maxCharacters = maxCharacters
    self.digitsOnly = digitsOnly
  }

  var isEmpty: Bool { text.isEmpty }

  /// Adds a typed character; control characters, line breaks and overflow are ignored.
  mutating func type(_ character: Character) {
    guard text.count < maxCharacters, !character.isNewline,
      character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }),
      !digitsOnly || (character.isASCII && character.isNumber)
    else { return }
    text.append(character)
    badPosition = nil
  }

  /// Removes the last character (the terminal's clear key).
  mutating func deleteLast() {
    guard !text.isEmpty else { return }
    text.removeLast()
    badPosition = nil
  }

  mutating func clear() {
    text = ""
    badPosition = nil
  }

  /// The end of the text that fits `width` columns with the cursor after it.
  func visibleTail(width: Int) -> String {
    var tail = ""
    for character in text.reversed() {
      let candidate = String(character) + tail
      if DisplayWidth.of(candidate) + 1 > width { break }
      tail = candidate
    }
    return tail
  }
}
