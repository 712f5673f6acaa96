extension TerminalProfile {
  /// The entries to choose from the start menu to reach node `id`, the node last
  /// (`manage.version` → 6 Management, 3 Version information); nil for an unknown or unreachable node.
  /// Guides name nodes by ID and show the keys with this, whatever the model's numbering.
  public func path(to id: String) -> [MenuNode]? {
    guard let node = node(id) else { return nil }
    var path = [node]
    var menu = node.menu
    var seen: Set<String> = [menu]
    while menu != startMenu {
      guard let opener = nodes.first(where: { $0.action == .openMenu && $0.opens == menu }),
        seen.insert(opener.menu).inserted
      else {
        // Function reaches the function menu straight from the start menu.
        return menu == functionMenu ? path : nil
      }
      path.insert(opener, at: 0)
      menu = opener.menu
    }
    return path
  }
}
