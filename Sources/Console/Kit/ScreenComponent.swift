import Model

/// A screen: its own state, its key bindings, its update and its drawing. The app
/// holds one in `AnyScreen`; the component never sees the rest of the app's state.
///
/// A screen owns its messages, as Bubble Tea's children do: the effects it asks for
/// (`Effect`) and the services' answers it takes (`Event`) are its own types, which the
/// registry maps to the app's. A screen with no I/O leaves both `Never`.
protocol ScreenComponent: Sendable {
  associatedtype Command
  associatedtype Effect: Sendable = Never
  associatedtype Event: Sendable = Never

  /// The title bar's text.
  func title(_ context: ScreenContext) -> String
  /// The keys this screen takes now: they dispatch, fill the key line and the help.
  func bindings(_ context: ScreenContext) -> [KeyBinding<Command>]
  mutating func perform(_ command: Command, _ context: ScreenContext) -> ScreenOutcome<Effect>
  /// Something the services answered; a component drops answers it no longer waits for.
  mutating func receive(_ event: Event, _ context: ScreenContext) -> ScreenOutcome<Effect>
  /// Lines the frame shows under the body (an error, a notice), most important first.
  func notices(_ context: ScreenContext) -> [Notice]
  /// Draws into `canvas`, which is exactly the body rectangle.
  func draw(_ context: ScreenContext, into canvas: inout Canvas)
  /// The subscription to time: while true, the loop sends `tick` each simulated second.
  func waitsOnTime(_ context: ScreenContext) -> Bool
  /// One simulated second passed while the screen waits on time.
  mutating func tick(_ context: ScreenContext) -> ScreenOutcome<Effect>
}

extension ScreenComponent {
  /// A key: the first binding that answers it, else nothing.
  mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome<Effect> {
    guard let command: Command = bindings(context).command(for: key) else { return .none }
    return perform(command, context)
  }

  func notices(_ context: ScreenContext) -> [Notice] { [] }
  func waitsOnTime(_ context: ScreenContext) -> Bool { false }
  mutating func tick(_ context: ScreenContext) -> ScreenOutcome<Effect> { .none }
  func keyHints(_ context: ScreenContext) -> [KeyHint] { bindings(context).hints() }
  func takesText(_ context: ScreenContext) -> Bool { bindings(context).takesText() }
  func answers(_ key: Key, _ context: ScreenContext) -> Bool {
    bindings(context).command(for: key) != nil
  }
}

extension ScreenComponent where Event == Never {
  mutating func receive(_ event: Event, _ context: ScreenContext) -> ScreenOutcome<Effect> {}
}

/// One line under the body: what it says and how it looks.
struct Notice: Equatable, Sendable {
  var text: String
  var role: StyleRole
}
