import Model

/// A screen: its own state, its key bindings, its update and its drawing. The app
/// holds one in `Screen`; the component never sees the rest of the app's state.
protocol ScreenComponent: Sendable {
  associatedtype Command

  /// The title bar's text.
  func title(_ context: ScreenContext) -> String
  /// The keys this screen takes now: they dispatch, fill the key line and the help.
  func bindings(_ context: ScreenContext) -> [KeyBinding<Command>]
  mutating func perform(_ command: Command, _ context: ScreenContext) -> ScreenOutcome
  /// Something the services answered; a component drops answers it no longer waits for.
  mutating func receive(_ event: ServiceEvent, _ context: ScreenContext) -> ScreenOutcome
  /// Lines the frame shows under the body (an error, a notice), most important first.
  func notices(_ context: ScreenContext) -> [Notice]
  /// Draws into `canvas`, which is exactly the body rectangle.
  func draw(_ context: ScreenContext, into canvas: inout Canvas)
}

extension ScreenComponent {
  /// A key: the first binding that answers it, else nothing.
  mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
    guard let command: Command = bindings(context).command(for: key) else { return .none }
    return perform(command, context)
  }

  func notices(_ context: ScreenContext) -> [Notice] { [] }

  mutating func receive(_ event: ServiceEvent, _ context: ScreenContext) -> ScreenOutcome { .none }
}

/// One line under the body: what it says and how it looks.
struct Notice: Equatable, Sendable {
  var text: String
  var role: StyleRole
}

/// What the services answer, routed to the screen on show.
enum ServiceEvent: Sendable {
  case escalation(EscalationEvent)
  case training(TrainingEvent)
  /// A self-check session could not be saved; the text says what failed.
  case guideStoreFailed(String)
  /// The simulated terminal's records could not be stored (what and why).
  case terminalStoreFailed(String)
  /// The store's answer to the unit's request to journal a transaction.
  case terminalRecorded(RecordingOutcome)
}
