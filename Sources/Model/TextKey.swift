/// A text written in code: an enum of meanings, one case per text (with the values it
/// needs as associated values), whose words live in one file per language (`…Zh.swift`,
/// `…En.swift`), so a text missing in one language fails to compile.
/// `LocalizedText` stays for text read from data files or the database.
public protocol TextKey: Sendable {
  /// The text in `language`.
  func text(_ language: Language) -> String
}

extension TextKey {
  /// The text in `language`, called like a `LocalizedText`.
  public func callAsFunction(_ language: Language) -> String { text(language) }
  /// The Chinese text.
  public var zh: String { text(.zh) }
  /// The English text.
  public var en: String { text(.en) }
}

extension LocalizedText {
  /// Both languages of a code text, for a value that is data in the usual case (a name
  /// from a table) and a code text only as its fallback.
  public init(_ key: some TextKey) {
    self.init(zh: key.text(.zh), en: key.text(.en))
  }
}
