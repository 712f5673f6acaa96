import Model

/// What a component's update asks for: effects to run, where to go, and changes to
/// the state screens share, which `update` applies in one place.
struct ScreenOutcome: Sendable {
  var effects: [AppEffect] = []
  var navigation: Navigation?
  var changes: [SharedChange] = []

  static let none = ScreenOutcome()

  init(effects: [AppEffect] = [], navigation: Navigation? = nil, changes: [SharedChange] = []) {
    self.effects = effects
    self.navigation = navigation
    self.changes = changes
  }

  static func go(_ navigation: Navigation, effects: [AppEffect] = []) -> ScreenOutcome {
    ScreenOutcome(effects: effects, navigation: navigation)
  }

  /// This outcome followed by `other` (effects and changes in order; the later navigation wins).
  func then(_ other: ScreenOutcome) -> ScreenOutcome {
    ScreenOutcome(
      effects: effects + other.effects, navigation: other.navigation ?? navigation,
      changes: changes + other.changes)
  }
}

/// Where a component asks to go; the screen it names is built by `navigate`.
enum Navigation: Equatable, Sendable {
  case home
  /// A home entry, as if its digit were pressed on the home menu.
  case entry(HomeEntry)
  /// The simulated unit in `launch`'s flow.
  case terminal(TerminalLaunch)
  /// The escalation screen for self-check session `sessionID` (nil: the latest).
  case escalation(sessionID: String?)
  /// The trainer's PIN before the console quits while training is on.
  case leaveTrainingToQuit
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
