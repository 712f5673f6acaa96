/// What the simulated terminal's display shows, ready to draw: no layout, no colour.
public struct TerminalScreen: Equatable, Sendable {
  /// The heading at the top of the display.
  public var title: String
  /// Body lines, top to bottom.
  public var lines: [TerminalLine]
  /// The field being typed into, if any.
  public var field: TerminalField?
  /// The signature box, while the cardholder signs.
  public var signature: SignaturePad?
  /// What the unit's keys do on this screen.
  public var softKeys: [SoftKey]
  /// Training mode: the console marks the whole screen.
  public var training: Bool

  /// Every text on the screen, one per line, for tests and text snapshots.
  public var plainText: [String] {
    var out = [title] + lines.map(\.text)
    if let field { out.append("\(field.label)\(field.display)") }
    if let signature { out += signature.rows }
    out.append(softKeys.map { "[\($0.label)]" }.joined(separator: " "))
    return out
  }
}

/// One line of the display and how to stress it.
public struct TerminalLine: Equatable, Sendable {
  /// The text.
  public var text: String
  /// Its role, which the theme turns into colour.
  public var emphasis: LineEmphasis

  /// A line with a role.
  public init(_ text: String, _ emphasis: LineEmphasis = .normal) {
    self.text = text
    self.emphasis = emphasis
  }
}

/// The role of a display line.
public enum LineEmphasis: String, Equatable, Sendable, CaseIterable {
  case normal
  case prompt
  case amount
  case error
  case success
  case hint
}

/// A field the cashier types into.
public struct TerminalField: Equatable, Sendable {
  /// Text before the value, e.g. "Amount: ".
  public var label: String
  /// The value as shown: masked with `*` for PINs and passwords.
  public var display: String
  /// Whether the value is masked.
  public var masked: Bool
  /// How many characters the field takes.
  public var capacity: Int
}

/// A key of the unit and what it does on the current screen.
public struct SoftKey: Equatable, Sendable {
  /// Which key.
  public var key: TerminalKey
  /// What it does, e.g. "Confirm".
  public var label: String
}

/// The unit's named keys (the legend the console maps to Enter / Esc / Backspace / F-key).
public enum TerminalKey: String, Equatable, Sendable, CaseIterable {
  case confirm
  case cancel
  case clear
  case function
  case arrows
  case digits
}
