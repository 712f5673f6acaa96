/// Which keys a binding answers to.
enum KeyPattern: Sendable {
  /// Exactly these keys.
  case keys([Key])
  /// Any digit 0–9.
  case digits
  /// Any printable character (a field taking text: `?` and `q` included).
  case printable

  func matches(_ key: Key) -> Bool {
    switch self {
    case .keys(let keys): return keys.contains(key)
    case .digits: return key.digit != nil
    case .printable:
      guard case .character(let c) = key else { return false }
      return !c.isNewline
        && c.unicodeScalars.allSatisfy { $0.properties.generalCategory != .control }
    }
  }
}

/// One key binding, as the bubbles `key.Binding`: the keys, how the key line and
/// the help name them, whether it is on, and what it does. The same list dispatches
/// keys, draws the key line and the F1 help, so a hint cannot drift from its key.
struct KeyBinding<Command> {
  var pattern: KeyPattern
  /// How the key is written on the key line and in help ("Enter", "0-9", "F2").
  var label: String
  var hint: UIText
  /// Off bindings neither answer nor show.
  var enabled = true
  /// False for bindings that only the help lists (too many for the key line).
  var inKeyLine = true
  /// The command for the key that matched.
  var command: (Key) -> Command?

  init(
    _ keys: [Key], _ label: String, _ hint: UIText, enabled: Bool = true, inKeyLine: Bool = true,
    _ command: Command
  ) {
    self.pattern = .keys(keys)
    self.label = label
    self.hint = hint
    self.enabled = enabled
    self.inKeyLine = inKeyLine
    self.command = { _ in command }
  }

  init(
    _ pattern: KeyPattern, _ label: String, _ hint: UIText, enabled: Bool = true,
    inKeyLine: Bool = true, command: @escaping (Key) -> Command?
  ) {
    self.pattern = pattern
    self.label = label
    self.hint = hint
    self.enabled = enabled
    self.inKeyLine = inKeyLine
    self.command = command
  }

  /// The key line's and the help's view of this binding.
  var keyHint: KeyHint { KeyHint(label: label, hint: hint, inKeyLine: inKeyLine) }
}

/// A binding as drawn: its key's label and what it does.
struct KeyHint: Equatable, Sendable {
  var label: String
  var hint: UIText
  var inKeyLine = true
}

extension Array {
  /// The command of the first enabled binding that answers `key`.
  func command<Command>(for key: Key) -> Command? where Element == KeyBinding<Command> {
    for binding in self where binding.enabled && binding.pattern.matches(key) {
      if let command = binding.command(key) { return command }
    }
    return nil
  }

  /// Whether some enabled binding takes printable text (then `?` is text, not help).
  func takesText<Command>() -> Bool where Element == KeyBinding<Command> {
    contains {
      guard $0.enabled, case .printable = $0.pattern else { return false }
      return true
    }
  }

  /// What the key line and help draw.
  func hints<Command>() -> [KeyHint] where Element == KeyBinding<Command> {
    // Closures, not key paths: a key path into a generic type is built at run time on
    // every call, and this runs once per frame.
    filter { $0.enabled }.map { $0.keyHint }
  }
}
