import Model

/// The console keys that stand for the unit's keys.
enum TerminalKeyMap {
  /// The function key: the F-key the legend shows.
  static let functionKey = 2
  /// Leaves the terminal for the home menu from any screen.
  static let homeKey = 10
  /// Lifts or lowers the pen on the signature pad.
  static let penKey: Key = .character(" ")
  /// The customer enters the wallet password on the phone (lower or upper case).
  static let customerPasswordKeys: Set<Character> = ["p", "P"]
  /// Swipe, insert and tap a card (lower or upper case).
  static let cardKeys: [Character: CardEntryMode] = [
    "s": .swipe, "S": .swipe, "i": .insert, "I": .insert, "t": .tap, "T": .tap,
  ]

  /// The unit's input for `key` on screen `state`, or nil when the unit has no such key.
  ///
  /// While the unit waits for a payment code every printable key is text, because a
  /// hand-held scanner in keyboard-wedge mode types the code (letters too, for a URL).
  static func input(for key: Key, on state: TerminalState) -> TerminalInput? {
    switch key {
    case .enter: return .confirm
    case .escape: return .cancel
    case .backspace, .delete: return .clear
    case .function(functionKey): return .function
    case .up: return .arrow(.up)
    case .down: return .arrow(.down)
    case .left: return .arrow(.left)
    case .right: return .arrow(.right)
    case .character(let c):
      if let digit = key.digit { return .digit(digit) }
      if case .awaitingCode = state { return c.isWhitespace ? nil : .text(String(c)) }
      if c == "." { return .point }
      if case .walletWait = state, customerPasswordKeys.contains(c) {
        return .customerEntersPassword
      }
      if let mode = cardKeys[c] { return .presentCard(mode) }
      return nil
    case .tab, .backTab, .home, .end, .pageUp, .pageDown, .function:
      return nil
    }
  }
}
