extension TerminalSimulator {
  /// The cashier does `action` at the counter: the shop changes as doing it would; a
  /// restart or factory reset also reboots the unit to its sign-in screen.
  /// Returns what must be stored (the link the unit uses is a stored setting).
  public mutating func act(_ action: ShopAction) -> [TerminalEvent] {
    actsDone.append(action)
    shop = action.apply(to: shop)
    if action == .restart || action == .factoryReset { reboot() }
    guard settings.connection != connection else { return [] }
    settings.connection = connection
    return [.settingsChanged(settings)]
  }

  /// The counter actions done since the last call, in order; the list starts again empty.
  public mutating func takeActsDone() -> [ShopAction] {
    defer { actsDone = [] }
    return actsDone
  }

  /// Back to the sign-in screen with nobody signed in; the journal and settings stay.
  /// A transaction waiting to be journalled is not cut off: its answer still comes.
  mutating func reboot() {
    if case .recording = state { return }
    state = .signIn(SignInEntry())
    operatorID = nil
    notice = nil
    presentedCard = nil
  }
}
