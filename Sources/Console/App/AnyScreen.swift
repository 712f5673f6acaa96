import Model

/// A screen the app can show: how the effects it asks for become the app's, and which of
/// the services' answers are its. Each screen's conformance is in `ScreenRegistry.swift`;
/// a screen without one cannot be put on show (it does not compile).
protocol AppScreen: ScreenComponent {
  static func appEffect(_ effect: Effect) -> AppEffect
  /// The screen's own answer in `event`, or nil when the answer is another screen's (a
  /// late answer for a screen that has gone is dropped here).
  static func event(_ event: ServiceEvent) -> Event?
}

extension AppScreen where Effect == Never {
  static func appEffect(_ effect: Never) -> AppEffect {}
}

extension AppScreen where Event == Never {
  static func event(_ event: ServiceEvent) -> Never? { nil }
}

/// An outcome in the app's terms: every screen's effects as `AppEffect`.
typealias AppOutcome = ScreenOutcome<AppEffect>

extension ScreenOutcome {
  /// The same outcome with each effect made the app's by `lift`.
  func lifted(_ lift: (Effect) -> AppEffect) -> AppOutcome {
    AppOutcome(
      effects: effects.map(lift), logs: logs, navigation: navigation, changes: changes)
  }

  /// The log lines, then the effects, as the app runs them.
  func appEffects(_ lift: (Effect) -> AppEffect) -> [AppEffect] {
    logs.map(AppEffect.log) + effects.map(lift)
  }
}

/// The screen on show, whatever its type. Every input mutates the component in place,
/// so nothing a screen changes can be dropped on the way back (there is no downcast).
struct AnyScreen: Sendable {
  private(set) var component: any AppScreen

  init(_ component: some AppScreen) { self.component = component }

  /// The component, if it is a `S`.
  func shown<S: AppScreen>(_ type: S.Type) -> S? { component as? S }

  mutating func handle(_ key: Key, _ context: ScreenContext) -> AppOutcome {
    component.appHandle(key, context)
  }

  mutating func receive(_ event: ServiceEvent, _ context: ScreenContext) -> AppOutcome {
    component.appReceive(event, context)
  }

  mutating func tick(_ context: ScreenContext) -> AppOutcome { component.appTick(context) }

  func waitsOnTime(_ context: ScreenContext) -> Bool { component.waitsOnTime(context) }
  func notices(_ context: ScreenContext) -> [Notice] { component.notices(context) }
  func title(_ context: ScreenContext) -> String { component.title(context) }
  func draw(_ context: ScreenContext, into canvas: inout Canvas) {
    component.draw(context, into: &canvas)
  }
  func hints(_ context: ScreenContext) -> [KeyHint] { component.keyHints(context) }
  func takesText(_ context: ScreenContext) -> Bool { component.takesText(context) }
  /// Whether one of the screen's own bindings answers `key` now.
  func answers(_ key: Key, _ context: ScreenContext) -> Bool { component.answers(key, context) }
}

extension AppScreen {
  fileprivate mutating func appHandle(_ key: Key, _ context: ScreenContext) -> AppOutcome {
    handle(key, context).lifted(Self.appEffect)
  }

  fileprivate mutating func appReceive(_ event: ServiceEvent, _ context: ScreenContext)
    -> AppOutcome
  {
    guard let own = Self.event(event) else { return .none }
    return receive(own, context).lifted(Self.appEffect)
  }

  fileprivate mutating func appTick(_ context: ScreenContext) -> AppOutcome {
    tick(context).lifted(Self.appEffect)
  }
}
