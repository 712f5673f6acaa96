import Model

/// What a component's update asks for: effects to run (of the component's own type),
/// lines for the log, where to go, and changes to the state screens share, which
/// `update` applies in one place.
struct ScreenOutcome<Effect: Sendable>: Sendable {
  var effects: [Effect] = []
  /// Lines for the event log, written before `effects` run.
  var logs: [String] = []
  var navigation: Navigation?
  var changes: [SharedChange] = []

  static var none: Self { Self() }

  init(
    effects: [Effect] = [], logs: [String] = [], navigation: Navigation? = nil,
    changes: [SharedChange] = []
  ) {
    self.effects = effects
    self.logs = logs
    self.navigation = navigation
    self.changes = changes
  }

  static func go(_ navigation: Navigation, logs: [String] = []) -> Self {
    Self(logs: logs, navigation: navigation)
  }

  /// This outcome followed by `other` (effects and changes in order; the later navigation wins).
  func then(_ other: Self) -> Self {
    Self(
      effects: effects + other.effects, logs: logs + other.logs,
      navigation: other.navigation ?? navigation, changes: changes + other.changes)
  }
}

/// Where a component asks to go. Screens name each other only through these
/// destinations; the registry builds the screen each one opens.
enum Navigation: Hashable, Sendable {
  case home
  /// The console stops (home 0 outside training).
  case quit
  /// The simulated unit's flows (home 1, 2, 3 and 7).
  case scanPayment
  case cardSale
  case voidRefund
  case management
  /// The guided scan self-check.
  case selfCheck
  /// The escalation screen for self-check session `sessionID` (nil: the latest).
  case escalation(sessionID: String?)
  /// Training mode's screens.
  case training
  /// The trainer's PIN before the console quits while training is on.
  case leaveTrainingToQuit
  /// The records: open cases, routine care, units to replace.
  case records
}

/// One numbered entry of the home menu, as the screen it opens declares it.
struct HomeMenuItem: Hashable, Sendable {
  /// The digit that opens it (0 is the way out).
  var number: Int
  var label: UIText
  var info: UIText
  var opens: Navigation
}

/// The closed set of changes a component may make to state that outlives it.
enum SharedChange: Sendable {
  /// Keep the simulated unit (signed in, same batch) while the cashier is elsewhere.
  case parkTerminal(TerminalSimulator)
  /// Training mode's new value (nil: training is off).
  case setTraining(TrainingMode?)
  /// One trainee step (a terminal confirm, a self-check answer).
  case countTrainingStep
  /// The cashier did something at the counter: the shop in force changes (and training
  /// judges it); a parked unit restarts with it.
  case act(ShopAction)
  /// The cashier did what a self-check step asked (wipe, restart, mobile data…) and answered
  /// it: the shop changes as `.act` does, but training's log of the trainee's own choices
  /// does not judge it (harm the guide asks for is the guide's).
  case actAsGuided([ShopAction])
  /// The unit itself changed the shop (its own switch to mobile data).
  case setShop(ShopState)
  /// The unfinished self-check was resumed or set aside.
  case clearUnfinishedGuide
  case toggleLanguage
}
