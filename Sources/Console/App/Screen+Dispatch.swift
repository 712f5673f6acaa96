import Model

/// Hands inputs to the component on show and keeps what it becomes.
extension Screen {
  mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
    switch self {
    case .home(var screen): return keep(&screen, as: Screen.home) { $0.handle(key, context) }
    case .escalation(var screen):
      return keep(&screen, as: Screen.escalation) { $0.handle(key, context) }
    case .selfCheck(var screen):
      return keep(&screen, as: Screen.selfCheck) { $0.handle(key, context) }
    case .terminal(var screen):
      return keep(&screen, as: Screen.terminal) { $0.handle(key, context) }
    case .training(var screen):
      return keep(&screen, as: Screen.training) { $0.handle(key, context) }
    }
  }

  mutating func receive(_ event: ServiceEvent, _ context: ScreenContext) -> ScreenOutcome {
    switch self {
    case .home(var screen): return keep(&screen, as: Screen.home) { $0.receive(event, context) }
    case .escalation(var screen):
      return keep(&screen, as: Screen.escalation) { $0.receive(event, context) }
    case .selfCheck(var screen):
      return keep(&screen, as: Screen.selfCheck) { $0.receive(event, context) }
    case .terminal(var screen):
      return keep(&screen, as: Screen.terminal) { $0.receive(event, context) }
    case .training(var screen):
      return keep(&screen, as: Screen.training) { $0.receive(event, context) }
    }
  }

  private mutating func keep<C: ScreenComponent>(
    _ component: inout C, as wrap: (C) -> Screen, _ body: (inout C) -> ScreenOutcome
  ) -> ScreenOutcome {
    let outcome = body(&component)
    self = wrap(component)
    return outcome
  }

  /// The component on show, for what only reads it.
  var component: any ScreenComponent {
    switch self {
    case .home(let screen): screen
    case .escalation(let screen): screen
    case .selfCheck(let screen): screen
    case .terminal(let screen): screen
    case .training(let screen): screen
    }
  }

  func notices(_ context: ScreenContext) -> [Notice] { component.notices(context) }
  func title(_ context: ScreenContext) -> String { component.title(context) }
  func draw(_ context: ScreenContext, into canvas: inout Canvas) {
    component.draw(context, into: &canvas)
  }
  func hints(_ context: ScreenContext) -> [KeyHint] { component.keyHints(context) }
  func takesText(_ context: ScreenContext) -> Bool { component.takesText(context) }
}

extension ScreenComponent {
  func keyHints(_ context: ScreenContext) -> [KeyHint] { bindings(context).hints() }
  func takesText(_ context: ScreenContext) -> Bool { bindings(context).takesText() }
}
