/// One key press or other input to the simulated terminal.
public enum TerminalInput: Equatable, Sendable {
  /// A keypad digit 0…9; other values are ignored.
  case digit(Int)
  /// The keypad's decimal point, for amounts (only profiles with a decimal key use it).
  case point
  /// Confirm (Enter).
  case confirm
  /// Cancel (Esc).
  case cancel
  /// Clear (Backspace).
  case clear
  /// Function (an F-key).
  case function
  /// An arrow key, used on the signature pad and in lists.
  case arrow(ArrowDirection)
  /// Typed or pasted text, e.g. a hand-held scanner typing a code; a trailing
  /// line break submits it, as the scanner's Enter would.
  case text(String)
  /// The camera "sees" the sample code at this index of `sampleCodes`.
  case pickSample(Int)
  /// A card is swiped, inserted or tapped.
  case presentCard(CardEntryMode)
  /// One simulated second passes (the console's timer; tests send as many as they need).
  case tick
  /// The customer enters the wallet password on the phone (the customer's side of a wait).
  case customerEntersPassword
}

/// Arrow keys.
public enum ArrowDirection: Equatable, Sendable, CaseIterable {
  case up
  case down
  case left
  case right
}

/// How a card reaches the terminal.
public enum CardEntryMode: String, Equatable, Sendable, Codable, CaseIterable {
  /// Swipe: magnetic stripe.
  case swipe
  /// Insert: chip.
  case insert
  /// Tap: contactless.
  case tap
}
