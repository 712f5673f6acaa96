/// The languages every user-visible text exists in; Chinese is the default.
public enum Language: String, CaseIterable, Sendable, Codable {
  case zh
  case en

  /// Picks the language from a locale value such as `LANG`: English only when it
  /// starts with `en`, since the cashiers PosConsole is for read Chinese.
  public static func fromLocale(_ value: String?) -> Language {
    guard let value, value.lowercased().hasPrefix("en") else { return .zh }
    return .en
  }
}

/// A text in every language, for content that is data rather than code.
public struct LocalizedText: Equatable, Sendable, Codable {
  public var zh: String
  public var en: String

  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  /// A text read from a data file or the database, in both languages. Texts written in
  /// code are `TextKey` enums instead; the text check in `.ci/run` counts code that builds
  /// this type from literals.
  public static func data(zh: String, en: String) -> LocalizedText {
    Self(zh: zh, en: en)
  }

  /// The text in `language`.
  public func callAsFunction(_ language: Language) -> String {
    switch language {
    case .zh: zh
    case .en: en
    }
  }
}
