import Model

/// Builds the screen a navigation asks for, from the state it leaves: the one place
/// that decides what each destination starts with.
func navigate(_ navigation: Navigation, from state: AppState, _ environment: UpdateEnvironment)
  -> (Screen, [AppEffect])
{
  let context = state.context(environment)
  switch navigation {
  case .home: return (.home(state.home), [])
  case .terminal(let launch):
    let (session, effects) = TerminalSession.open(launch, parked: state.parkedTerminal, context)
    return (.terminal(session), effects)
  case .escalation(let sessionID):
    let (session, effects) = EscalationSession.open(sessionID: sessionID, context)
    return (.escalation(session), effects)
  case .leaveTrainingToQuit:
    let (screen, effects) = TrainingScreen.openToQuit()
    return (.training(screen), effects)
  case .entry(let entry):
    switch entry {
    case .exit: return (state.screen, [.quit])
    case .escalation: return navigate(.escalation(sessionID: nil), from: state, environment)
    case .selfCheck:
      let (session, effects) = SelfCheckSession.open(context)
      return (.selfCheck(session), effects)
    case .training:
      let (screen, effects) = TrainingScreen.open(context)
      return (.training(screen), effects)
    case .scanPayment, .cardSale, .voidRefund, .management:
      guard let launch = TerminalLaunch(entry) else { return (state.screen, []) }
      return navigate(.terminal(launch), from: state, environment)
    }
  }
}
