import Model

/// The simulated terminal on screen: the unit itself plus what the console adds
/// around it (which entry opened it, the void/refund choice, a storage problem).
struct TerminalSession: Sendable {
  /// The unit; nil when the payment-code table could not be loaded.
  var simulator: TerminalSimulator?
  /// The home entry's flow.
  var launch: TerminalLaunch
  /// True until the flow was opened (it waits for sign-in, as on the real unit).
  var launchPending = true
  /// Home 3 asks "void or refund?" before the unit's own screens.
  var choosingVoidOrRefund = false
  /// Why the last records could not be stored, shown until the next key.
  var storeProblem: String?
  /// Why the unit cannot start (the payment-code table did not load).
  var loadProblems: [String] = []

  /// Opens the flow once the unit is at its main menu (after sign-in).
  mutating func launchIfReady() -> [TerminalEvent] {
    guard launchPending, var simulator, simulator.state == .mainMenu else { return [] }
    launchPending = false
    guard let item = launch.menuItem else {
      choosingVoidOrRefund = true
      return []
    }
    let events = simulator.handle(.digit(item.rawValue))
    self.simulator = simulator
    return events
  }
}
