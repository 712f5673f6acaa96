import Model

/// Hands inputs to the component on show and keeps what it becomes. A new screen
/// is one case of `Screen`, one line in `component` and one in `init?(_:)`.
extension Screen {
  /// The component on show.
  var component: any ScreenComponent {
    switch self {
    case .home(let screen): screen
    case .escalation(let screen): screen
    case .selfCheck(let screen): screen
    case .terminal(let screen): screen
    case .training(let screen): screen
    }
  }

  /// The screen that shows `component`.
  init?(_ component: any ScreenComponent) {
    switch component {
    case let screen as HomeScreen: self = .home(screen)
    case let screen as EscalationSession: self = .escalation(screen)
    case let screen as SelfCheckSession: self = .selfCheck(screen)
    case let screen as TerminalSession: self = .terminal(screen)
    case let screen as TrainingScreen: self = .training(screen)
    default: return nil
    }
  }

  mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
    changingComponent { $0.handle(key, context) }
  }

  mutating func receive(_ event: ServiceEvent, _ context: ScreenContext) -> ScreenOutcome {
    changingComponent { $0.receive(event, context) }
  }

  private mutating func changingComponent(
    _ body: (inout any ScreenComponent) -> ScreenOutcome
  ) -> ScreenOutcome {
    var changed = component
    let outcome = body(&changed)
    if let screen = Screen(changed) { self = screen }
    return outcome
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
