import Model

/// What a trainee does during a run besides moving between screens: naming causes, and
/// looking and acting at the counter.
extension TrainingScreen {
  /// The trainee names a cause. A right one of several, with others still showing on the
  /// unit, is put right and the run goes on; otherwise the run is scored.
  mutating func declare(
    _ verdict: String, _ mode: inout TrainingMode?, guides: [Guide]
  ) -> ScreenOutcome<
    TrainingEffect
  > {
    guard var run = mode, let scenario = run.scenario else { return .none }
    let declaration = TrainingDeclaration(
      verdict, earlier: run.declared, scenario: scenario, shop: run.shop)
    guard declaration.finished else {
      run.declared.append(verdict)
      run.shop = declaration.shop
      mode = run
      notice = .causeFound(remaining: declaration.remaining.count)
      page = .run(hintsShown: run.hintsUsed)
      return ScreenOutcome(logs: ["training cause found \(verdict)"])
    }
    return ScreenOutcome(effects: [.finishRun(run, declared: verdict, guides: guides)])
  }

  /// The look or act list during a run: a look says what one sees in the run's shop; an
  /// action is handed to `update`, which changes the shop and judges it (`TrainingMode.act`).
  mutating func answerCounter(_ command: CounterPanel.Command, _ mode: TrainingMode?)
    -> ScreenOutcome<TrainingEffect>
  {
    guard let chosen = CounterPanel.answer(command, in: &counter) else { return .none }
    switch chosen {
    case .look(let observation):
      if let shop = mode?.shop { sight = .look(observation, in: shop) }
      return .none
    case .act(let action):
      if let shop = mode?.shop { sight = .done(action, in: shop) }
      return ScreenOutcome(
        logs: ["counter action \(action.rawValue)"],
        changes: [.act(action), .countTrainingStep])
    }
  }
}
