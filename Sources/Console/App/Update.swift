import Model

/// The one place input changes state: `(state, action, time and ID) -> (state, effects)`.
/// Components answer inputs; their outcomes are applied here and nowhere else.
func update(_ state: AppState, _ action: AppAction, _ environment: UpdateEnvironment)
  -> (AppState, [AppEffect])
{
  var next = state
  switch action {
  case .resize(let size):
    next.size = size
    return (next, [])
  case .resourcesLoaded(let resources):
    next.resources = resources
    // Training was on when the console last stopped: only the trainer's PIN ends it.
    if let stored = resources.storedTraining, next.training == nil {
      next.training = TrainingMode(trainee: stored.trainee)
    }
    return (next, [])
  case .service(let event):
    if case .records(.loaded(let overview)) = event { next.resources.records = overview.summary }
    let outcome = next.screen.receive(event, next.context(environment))
    return apply(outcome, to: next, environment)
  case .tick:
    let context = next.context(environment)
    guard next.screen.waitsOnTime(context) else { return (next, []) }
    let outcome = next.screen.tick(context)
    return apply(outcome, to: next, environment)
  case .key(let key):
    if next.size.isTooSmall {
      // Only quitting makes sense on the "too small" notice.
      return key == .character("q") || key == .character("Q") ? (next, [.quit]) : (next, [])
    }
    if next.showHelp {
      if key == .escape || key == .enter || key == .function(1) || key == .character("?") {
        next.showHelp = false
      }
      return (next, [])
    }
    let context = next.context(environment)
    // Help stays on F1 while a field takes text, so `?` in a pasted URL is text.
    if key == .function(1) || (key == .character("?") && !next.screen.takesText(context)) {
      next.showHelp = true
      return (next, [])
    }
    // L switches the language on every screen, wherever the screen does not take the key
    // itself (a field's text, a scanned code): nothing on show keeps the old language.
    if key == .character("l") || key == .character("L"), !next.screen.answers(key, context) {
      return apply(AppOutcome(changes: [.toggleLanguage]), to: next, environment)
    }
    let outcome = next.screen.handle(key, context)
    return apply(outcome, to: next, environment)
  }
}

/// Applies a component's outcome: shared changes first, then navigation.
private func apply(_ outcome: AppOutcome, to state: AppState, _ environment: UpdateEnvironment)
  -> (AppState, [AppEffect])
{
  var next = state
  for change in outcome.changes {
    switch change {
    case .parkTerminal(let simulator):
      next.parkedTerminal = simulator
      next.resources.ledger = simulator.ledger
      next.resources.settings = simulator.settings
    case .setTraining(let mode): next.training = mode
    case .countTrainingStep: next.counter.countTrainingStep()
    case .act(let action): next.counter.act(action)
    case .actAsGuided(let actions): next.counter.actAsGuided(actions)
    case .setShop(let shop): next.counter.setShop(shop)
    case .clearUnfinishedGuide: next.resources.unfinishedGuide = nil
    case .toggleLanguage:
      if !next.asciiOnly { next.language = next.language.other }
    }
  }
  let asked = outcome.appEffects { $0 }
  guard let navigation = outcome.navigation else { return (next, asked) }
  let (screen, effects) = ScreenRegistry.open(navigation, from: next, next.context(environment))
  // The unit on show is the component's now; it is parked again when the cashier leaves.
  if screen.shown(TerminalSession.self) != nil { next.parkedTerminal = nil }
  if var home = next.screen.shown(HomeScreen.self) {
    home.notice = nil
    next.home = home
  }
  next.screen = screen
  return (next, asked + effects)
}
