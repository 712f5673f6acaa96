import Model

/// Opens the simulated terminal for `launch`: the unit kept from an earlier visit,
/// or a new one built from the loaded data, the command-line faults and seed.
func openTerminal(_ launch: TerminalLaunch, in state: AppState) -> (AppState, [AppEffect]) {
  var next = state
  var session = TerminalSession(launch: launch)
  if var simulator = next.parkedTerminal {
    simulator.language = next.language
    simulator.faults = next.options.faults
    simulator.training = next.training != nil
    session.simulator = simulator
  } else if let codes = next.resources.codes, let profile = next.resources.profile {
    session.simulator = TerminalSimulator(
      codes: codes, profile: profile, settings: next.resources.settings,
      ledger: next.resources.ledger,
      faults: next.options.faults, seed: next.options.seed, language: next.language,
      training: next.training != nil)
  } else {
    session.loadProblems = next.resources.problems
  }
  next.parkedTerminal = nil
  let events = session.launchIfReady()
  next.screen = .terminal(session)
  return (next, persistEffects(events, session) + [.log("open terminal \(launch)")])
}

/// One key on the terminal screen: the console's own keys first, then the unit's.
func updateTerminal(_ state: AppState, _ session: TerminalSession, _ key: Key)
  -> (AppState, [AppEffect])
{
  var next = state
  var session = session
  session.storeProblem = nil
  guard var simulator = session.simulator else {
    if key == .escape || key == .backspace || key == .function(TerminalKeyMap.homeKey) {
      next.screen = .home
    }
    return (next, [])
  }
  if key == .function(TerminalKeyMap.homeKey) || isTopLevelEscape(key, session, simulator) {
    return (leaveTerminal(simulator, next), [])
  }
  if session.choosingVoidOrRefund {
    guard let digit = key.digit, let action = TerminalSession.voidRefundChoices[digit] else {
      next.screen = .terminal(session)
      return (next, [])
    }
    session.choosingVoidOrRefund = false
    let events = simulator.perform(action)
    session.simulator = simulator
    next.screen = .terminal(session)
    return (next, persistEffects(events, session))
  }
  if key == TerminalKeyMap.penKey {
    simulator.toggleSignaturePen()
    session.simulator = simulator
    next.screen = .terminal(session)
    return (next, [])
  }
  guard let input = TerminalKeyMap.input(for: key, on: simulator.state) else {
    next.screen = .terminal(session)
    return (next, [])
  }
  let events = simulator.handle(input)
  session.simulator = simulator
  let launched = session.launchIfReady()
  if events.contains(where: \.isSelfCheckRequest) {
    next.screen = .terminal(session)
    return openSelfCheck(from: next)
  }
  next.screen = .terminal(session)
  return (next, persistEffects(events + launched, session))
}

/// The cashier chose the scan self-check after a failed scan. For now it opens the
/// self-check entry (still being built); the unit is kept for when they come back.
func openSelfCheck(from state: AppState) -> (AppState, [AppEffect]) {
  guard case .terminal(let session) = state.screen, let simulator = session.simulator else {
    return (state, [])
  }
  let (opened, effects) = openSelfCheck(in: leaveTerminal(simulator, state))
  return (opened, effects + [.log("self-check requested from terminal")])
}

/// Storing failed: the terminal screen says so until the next key.
func terminalStoreFailed(_ state: AppState, _ problem: String) -> (AppState, [AppEffect]) {
  var next = state
  if case .terminal(var session) = next.screen {
    session.storeProblem = problem
    next.screen = .terminal(session)
  }
  return (next, [.log("terminal store failed: \(problem)")])
}

/// Back to home; the unit is kept (signed in, same batch) and its records and
/// settings become what a new unit would start from.
private func leaveTerminal(_ simulator: TerminalSimulator, _ state: AppState) -> AppState {
  var next = state
  next.parkedTerminal = simulator
  next.resources.ledger = simulator.ledger
  next.resources.settings = simulator.settings
  next.screen = .home
  return next
}

/// Esc leaves where the unit itself has nothing to cancel: its main menu, the first
/// sign-in field, and the console's void/refund choice.
private func isTopLevelEscape(
  _ key: Key, _ session: TerminalSession, _ simulator: TerminalSimulator
) -> Bool {
  guard key == .escape else { return false }
  if session.choosingVoidOrRefund { return true }
  if simulator.atStartMenu { return true }
  if case .signIn(let entry) = simulator.state { return entry.step == .operatorID }
  return false
}

/// One simulated second on the terminal screen (the runner sends it while the unit waits).
func tickTerminal(_ state: AppState) -> (AppState, [AppEffect]) {
  guard case .terminal(var session) = state.screen, var simulator = session.simulator else {
    return (state, [])
  }
  var next = state
  let events = simulator.handle(.tick)
  session.simulator = simulator
  next.screen = .terminal(session)
  return (next, persistEffects(events, session))
}

extension AppState {
  /// The terminal is on screen and waiting on time (the runner then sends ticks).
  var terminalWaits: Bool {
    guard case .terminal(let session) = screen, let simulator = session.simulator else {
      return false
    }
    return simulator.waitsOnTime
  }
}

private func persistEffects(_ events: [TerminalEvent], _ session: TerminalSession)
  -> [AppEffect]
{
  guard !events.isEmpty, let ledger = session.simulator?.ledger else { return [] }
  return [.persistTerminal(events, ledger: ledger)]
}

extension TerminalEvent {
  /// The cashier asked for the scan self-check.
  fileprivate var isSelfCheckRequest: Bool {
    if case .selfCheckRequested = self { return true }
    return false
  }
}
