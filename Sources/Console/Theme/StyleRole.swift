/// A semantic style name such as `menu.selected`; themes say how each looks.
///
/// Roles are dotted paths: an unset `menu.selected` falls back to `menu`, then to
/// `default`, as Helix themes do.
struct StyleRole: Hashable, Sendable, ExpressibleByStringLiteral {
  let name: String

  init(_ name: String) { self.name = name }
  init(stringLiteral value: String) { self.name = value }

  /// This role and its ancestors, most specific first, ending in `default`.
  var fallbackChain: [String] {
    var chain: [String] = []
    var current = name
    while !current.isEmpty {
      chain.append(current)
      guard let dot = current.lastIndex(of: ".") else { break }
      current = String(current[..<dot])
    }
    if chain.last != "default" { chain.append("default") }
    return chain
  }

  static let plain: StyleRole = "default"
  static let title: StyleRole = "title"
  static let frame: StyleRole = "frame"
  static let menu: StyleRole = "menu"
  static let menuKey: StyleRole = "menu.key"
  static let menuSelected: StyleRole = "menu.selected"
  static let statusBar: StyleRole = "statusbar"
  static let statusKey: StyleRole = "statusbar.key"
  static let dim: StyleRole = "dim"
  static let accent: StyleRole = "accent"
  static let notice: StyleRole = "notice"
  static let warning: StyleRole = "warning"
  static let error: StyleRole = "error"
  static let success: StyleRole = "success"
  static let deviceFrame: StyleRole = "device.frame"
  static let deviceScreen: StyleRole = "device.screen"
  static let deviceTitle: StyleRole = "device.screen.title"
  static let deviceKey: StyleRole = "device.key"
  static let deviceError: StyleRole = "device.screen.error"
  static let deviceSuccess: StyleRole = "device.screen.success"
  static let deviceHint: StyleRole = "device.screen.hint"
  static let trainingBar: StyleRole = "training.bar"
}
