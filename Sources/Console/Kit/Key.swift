import Model

/// One key press, as the terminal delivers it; the driver is the only place that
/// knows curses key codes.
enum Key: Hashable, Sendable {
  case character(Character)
  case enter
  case escape
  case backspace
  case tab
  case backTab
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  case delete
  case function(Int)

  /// The digit 0–9 this key types, if any (the terminal's numeric keypad).
  var digit: Int? {
    guard case .character(let c) = self, let value = c.wholeNumberValue, c.isASCII else {
      return nil
    }
    return value
  }
}

/// The terminal's size in columns and rows.
struct ScreenSize: Hashable, Sendable {
  var width: Int
  var height: Int

  /// The smallest size every screen is laid out for; below it a notice is shown.
  static let minimum = ScreenSize(width: 60, height: 20)

  var isTooSmall: Bool { width < Self.minimum.width || height < Self.minimum.height }
}
