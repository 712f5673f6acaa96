extension TerminalSimulator {
  /// What the unit shows once node `id` is chosen, as it stands now (its shop, settings and
  /// journal), without changing it: the self-check shows the live page a step sends the
  /// cashier to. Nil for a node the profile does not have.
  public func screen(openingNode id: String) -> TerminalScreen? {
    guard let node = profile.node(id) else { return nil }
    var unit = self
    unit.notice = nil
    _ = unit.choose(node)
    return unit.screen
  }
}
