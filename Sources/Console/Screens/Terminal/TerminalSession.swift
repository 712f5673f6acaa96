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
  /// The look (F3) or act (F4) list beside the unit, while open.
  var counter: CounterPanel?
  /// What the cashier last saw or did at the counter, shown until the next key.
  var sight: CounterSight?
  /// Home 3's choices: void, refund, or today's transactions to void from.
  static let voidRefundChoices: [Int: MenuAction] = [1: .void, 2: .refund, 3: .today]

  /// Why the unit cannot start (the payment-code table or the profile did not load).
  var loadProblems: [String] = []

  /// Opens the flow once the unit is at its main menu (after sign-in).
  mutating func launchIfReady() -> [TerminalEvent] {
    guard launchPending, var simulator, simulator.atStartMenu else { return [] }
    launchPending = false
    let events: [TerminalEvent]
    switch launch {
    case .scan: events = simulator.perform(.scanSale)
    case .card: events = simulator.perform(.cardSale)
    case .management:
      simulator.openMenu(simulator.profile.functionMenu)
      events = []
    case .voidOrRefund:
      choosingVoidOrRefund = true
      events = []
    }
    self.simulator = simulator
    return events
  }
}

/// What the simulated terminal asks the services for.
enum TerminalEffect: Sendable {
  /// Store what the unit reported (journal a pending transaction first).
  case persist([TerminalEvent])
}

/// What the services answer the simulated terminal.
enum TerminalServiceEvent: Sendable {
  /// The unit's records could not be stored (what and why).
  case storeFailed(String)
  /// The store's answer to the unit's request to journal a transaction.
  case recorded(RecordingOutcome)
}
