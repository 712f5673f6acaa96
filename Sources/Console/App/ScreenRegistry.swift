import Model

/// The one list of screens. Each screen declares its home entry, how it opens, its own
/// effects and events, and whether it waits on time; the home menu (and its "0-N" hint),
/// navigation and dispatch all come from here. A new screen is its folder plus its lines
/// here: a destination without a screen, or a screen without its `AppScreen` lines, does
/// not compile, and `ScreenRegistryTests` proves each one is reachable and keeps its changes.
enum ScreenRegistry {
  /// The home menu, in the order it shows: each entry as its screen declares it.
  static let homeMenu: [HomeMenuItem] =
    [TerminalLaunch.card, .scan, .voidOrRefund].map(\.homeEntry) + [
      SelfCheckSession.homeEntry, EscalationSession.homeEntry, TrainingScreen.homeEntry,
      TerminalLaunch.management.homeEntry, RecordsScreen.homeEntry, HomeScreen.exitEntry,
    ]

  /// The screen `navigation` opens from `state`, and the effects opening it asks for.
  static func open(_ navigation: Navigation, from state: AppState, _ context: ScreenContext)
    -> (AnyScreen, [AppEffect])
  {
    switch navigation {
    case .home: return (AnyScreen(state.home), [])
    case .quit: return (state.screen, [.quit])
    case .scanPayment, .cardSale, .voidRefund, .management:
      guard let launch = TerminalLaunch(navigation) else { return (state.screen, []) }
      return mount(TerminalSession.open(launch, parked: state.parkedTerminal, context))
    case .selfCheck: return mount(SelfCheckSession.open(context))
    case .escalation(let sessionID):
      return mount(EscalationSession.open(sessionID: sessionID, context))
    case .training: return mount(TrainingScreen.open(context))
    case .leaveTrainingToQuit: return mount(TrainingScreen.openToQuit())
    case .records: return mount(RecordsScreen.open(context))
    }
  }

  private static func mount<S: AppScreen>(_ opened: (S, ScreenOutcome<S.Effect>))
    -> (AnyScreen, [AppEffect])
  {
    (AnyScreen(opened.0), opened.1.appEffects(S.appEffect))
  }
}

extension HomeScreen: AppScreen {}

extension TerminalSession: AppScreen {
  static func appEffect(_ effect: TerminalEffect) -> AppEffect {
    switch effect {
    case .persist(let events): .persistTerminal(events)
    }
  }

  static func event(_ event: ServiceEvent) -> TerminalServiceEvent? {
    switch event {
    case .terminalStoreFailed(let problem): .storeFailed(problem)
    case .terminalRecorded(let outcome): .recorded(outcome)
    default: nil
    }
  }
}

extension SelfCheckSession: AppScreen {
  static func appEffect(_ effect: SelfCheckEffect) -> AppEffect {
    switch effect {
    case .begin(let engine, let id): .guideBegin(engine, sessionID: id)
    case .save(let engine, let id): .guideSave(engine, sessionID: id)
    case .abandon(let id, let date): .guideAbandon(sessionID: id, at: date)
    }
  }

  static func event(_ event: ServiceEvent) -> SelfCheckEvent? {
    if case .guideStoreFailed(let problem) = event { return .storeFailed(problem) }
    return nil
  }
}

extension RecordsScreen: AppScreen {
  static func appEffect(_ effect: RecordsRequest) -> AppEffect { .records(effect) }

  static func event(_ event: ServiceEvent) -> RecordsEvent? {
    if case .records(let answer) = event { return answer }
    return nil
  }
}

extension EscalationSession: AppScreen {
  static func appEffect(_ effect: EscalationRequest) -> AppEffect { .escalation(effect) }

  static func event(_ event: ServiceEvent) -> EscalationEvent? {
    if case .escalation(let answer) = event { return answer }
    return nil
  }
}

extension TrainingScreen: AppScreen {
  static func appEffect(_ effect: TrainingEffect) -> AppEffect { .training(effect) }

  static func event(_ event: ServiceEvent) -> TrainingEvent? {
    if case .training(let answer) = event { return answer }
    return nil
  }
}
