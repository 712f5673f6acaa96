/// The numbered entries of the main menu; labels live in the phrase tables.
public enum MainMenuItem: Int, Equatable, Sendable, CaseIterable {
  case sale = 1
  case scan = 2
  case void = 3
  case refund = 4
  case settlement = 5
  case management = 6

  /// The label in `language`, e.g. "消费".
  public func label(_ language: Language) -> String {
    TerminalPhrase.menuItem(self).text(language)
  }
}
