import Model

extension TerminalSession {
  /// The look or act list answering `command`: a look says what one sees; an action is
  /// done on the unit's shop and handed on, so the shop every screen reads changes too.
  mutating func answerCounter(
    _ command: CounterPanel.Command, _ simulator: inout TerminalSimulator, _ context: ScreenContext
  ) -> ScreenOutcome<TerminalEffect> {
    guard let chosen = CounterPanel.answer(command, in: &counter) else { return .none }
    switch chosen {
    case .look(let observation):
      sight = .look(observation, in: context.shop)
      return .none
    case .act(let action):
      sight = .done(action, in: simulator.shop)
      let events = simulator.act(action)
      let changes = shopChanged(&simulator, context)
      self.simulator = simulator
      return ScreenOutcome(
        effects: persistEffects(events), logs: ["counter action \(action.rawValue)"],
        changes: changes + [.countTrainingStep])
    }
  }
}
