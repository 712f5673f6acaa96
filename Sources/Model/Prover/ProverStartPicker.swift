/// Picks the start a cashier would pick by reading the start titles: the one whose title
/// shares most with what the case says the cashier sees (pairs of Chinese characters, and
/// English words), in both languages together. A tie is a finding, not a guess.
public enum ProverStartPicker {
  public enum Pick: Equatable, Sendable {
    case start(GuideStart)
    /// No title shares anything with what is seen.
    case none
    /// Two titles read equally well.
    case tie(String, String)
  }

  public static func pick(_ sees: LocalizedText, in guide: Guide) -> Pick {
    let scores = guide.starts.map { score(sees, $0.title) }
    guard let best = scores.max(), best > 0 else { return .none }
    let top = scores.indices.filter { scores[$0] == best }
    if top.count > 1 { return .tie(guide.starts[top[0]].symptom, guide.starts[top[1]].symptom) }
    return .start(guide.starts[top[0]])
  }

  /// Share of the title's pairs and words that the description has, both languages summed.
  static func score(_ sees: LocalizedText, _ title: LocalizedText) -> Double {
    share(pairs(title.zh), pairs(sees.zh)) + share(words(title.en), words(sees.en))
  }

  static func share(_ title: Set<String>, _ seen: Set<String>) -> Double {
    guard !title.isEmpty else { return 0 }
    return Double(title.intersection(seen).count) / Double(title.count)
  }

  /// Neighbouring pairs of Chinese characters, punctuation left out.
  static func pairs(_ text: String) -> Set<String> {
    let characters = text.filter {
      $0.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }
    let list = Array(characters)
    guard list.count > 1 else { return Set(list.map(String.init)) }
    return Set((0..<(list.count - 1)).map { String(list[$0]) + String(list[$0 + 1]) })
  }

  static let stopWords: Set<String> = [
    "the", "a", "an", "is", "but", "on", "of", "to", "with", "or", "and", "it", "when", "too",
  ]

  /// Lower-case English words, short function words left out.
  static func words(_ text: String) -> Set<String> {
    Set(
      text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        .filter { !stopWords.contains($0) })
  }
}
