import Model

extension LocalizedText {
  /// The text `render` gives in each language, for a value that must carry both (an
  /// answer drawn later, in whichever language is on show then).
  static func each(_ render: (Language) -> String) -> LocalizedText {
    LocalizedText(zh: render(.zh), en: render(.en))
  }
}

extension Language {
  /// The language `L` switches to.
  var other: Language {
    switch self {
    case .zh: .en
    case .en: .zh
    }
  }
}
