/// Counts a trainee's steps during a run: every confirm on the simulated terminal
/// and every answer in the self-check (Enter or a digit), the actions par is
/// written in. Returns nil when nothing is counted.
func countTrainingStep(_ state: AppState, _ key: Key) -> AppState? {
  guard state.training?.scenario != nil else { return nil }
  let counts: Bool
  switch state.screen {
  case .terminal: counts = key == .enter
  case .selfCheck: counts = key == .enter || key.digit != nil
  case .home, .training, .escalation: counts = false
  }
  guard counts else { return nil }
  var next = state
  next.training?.steps += 1
  return next
}
