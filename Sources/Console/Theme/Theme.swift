/// Text attributes a style may switch on; kept when colour is dropped.
struct TextModifiers: OptionSet, Hashable, Sendable {
  let rawValue: Int
  static let bold = TextModifiers(rawValue: 1)
  static let reverse = TextModifiers(rawValue: 2)
  static let underline = TextModifiers(rawValue: 4)
  static let dim = TextModifiers(rawValue: 8)

  static let names: [String: TextModifiers] = [
    "bold": .bold, "reverse": .reverse, "underline": .underline, "dim": .dim,
  ]
}

/// What a theme says about one role; unset fields fall back to the parent role.
struct StyleSpec: Equatable, Sendable {
  var fg: ColorSpec?
  var bg: ColorSpec?
  var modifiers: TextModifiers?
}

/// A style ready for a terminal of a given colour depth.
struct TerminalStyle: Hashable, Sendable {
  /// Terminal colour numbers; -1 is the terminal's own default.
  var fg: Int
  var bg: Int
  var modifiers: TextModifiers
}

/// A set of role styles with dotted fallback (`menu.selected` → `menu` → `default`).
struct Theme: Equatable, Sendable {
  var name: String
  var roles: [String: StyleSpec]

  /// Every role a theme may set; anything else in a theme file is a typo.
  static let knownRoles: Set<String> = [
    "default", "title", "frame", "menu", "menu.key", "menu.selected", "statusbar",
    "statusbar.key", "dim", "accent", "notice", "warning", "error", "success", "device",
    "device.frame", "device.screen", "device.screen.title", "device.screen.error",
    "device.screen.success", "device.screen.hint", "device.key", "training",
    "training.bar",
  ]

  /// The role's style with every field taken from the most specific role that sets it.
  func resolve(_ role: StyleRole) -> StyleSpec {
    var out = StyleSpec()
    for name in role.fallbackChain {
      guard let spec = roles[name] else { continue }
      if out.fg == nil { out.fg = spec.fg }
      if out.bg == nil { out.bg = spec.bg }
      if out.modifiers == nil { out.modifiers = spec.modifiers }
    }
    return out
  }

  /// The role's style at a colour depth. Without colour, a role that relied on a
  /// background colour (a selection bar) is shown in reverse so it stays visible.
  func terminalStyle(_ role: StyleRole, level: ColorLevel) -> TerminalStyle {
    let spec = resolve(role)
    var modifiers = spec.modifiers ?? []
    if level == .none {
      let hasBackground = spec.bg.map { $0 != .terminalDefault } ?? false
      if hasBackground { modifiers.insert(.reverse) }
      return TerminalStyle(fg: -1, bg: -1, modifiers: modifiers)
    }
    return TerminalStyle(
      fg: level.number(for: spec.fg ?? .terminalDefault),
      bg: level.number(for: spec.bg ?? .terminalDefault),
      modifiers: modifiers)
  }

  /// The style used when no theme file can be found: reverse and bold only, so it
  /// works on any terminal.
  static let fallback = Theme(
    name: "built-in",
    roles: [
      "menu.selected": StyleSpec(modifiers: [.reverse, .bold]),
      "statusbar": StyleSpec(modifiers: [.reverse]),
      "title": StyleSpec(modifiers: [.bold]),
      "error": StyleSpec(modifiers: [.bold]),
      "training.bar": StyleSpec(modifiers: [.reverse, .bold]),
    ])
}
