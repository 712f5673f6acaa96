/// The one place input changes state: `(state, action) -> (state, effects)`.
func update(_ state: AppState, _ action: AppAction) -> (AppState, [AppEffect]) {
  var next = state
  switch action {
  case .resize(let size):
    next.size = size
    return (next, [])
  case .resourcesLoaded(let resources):
    next.resources = resources
    return (next, [])
  case .escalation(let event): return updateEscalation(next, event)
  case .guideStoreFailed(let problem):
    return selfCheckStoreFailed(next, problem)
  case .terminalStoreFailed(let problem): return terminalStoreFailed(next, problem)
  case .training(let event):
    return (applyTrainingEvent(next, event), [])
  case .tick: return tickTerminal(next)
  case .key(let key):
    if next.size.isTooSmall {
      // Only quitting makes sense on the "too small" notice.
      return key == .character("q") || key == .character("Q") ? (next, [.quit]) : (next, [])
    }
    if next.showHelp {
      if key == .escape || key == .enter || key == .function(1) || key == .character("?") {
        next.showHelp = false
      }
      return (next, [])
    }
    if key == .function(1) || (key == .character("?") && !next.isTypingText) {
      next.showHelp = true
      return (next, [])
    }
    if let counted = countTrainingStep(next, key) { next = counted }
    switch next.screen {
    case .home: return updateHome(next, key)
    case .escalation: return updateEscalation(next, key)
    case .selfCheck(let session): return updateSelfCheck(next, session, key)
    case .terminal(let session): return updateTerminal(next, session, key)
    case .training(let screen): return updateTraining(next, screen, key)
    }
  }
}

private func updateHome(_ state: AppState, _ key: Key) -> (AppState, [AppEffect]) {
  var next = state
  next.homeNotice = nil
  let entries = HomeEntry.allCases
  if let digit = key.digit, let entry = HomeEntry(rawValue: digit) {
    next.homeSelection = entries.firstIndex(of: entry) ?? 0
    return open(entry, in: next)
  }
  switch key {
  case .up: next.homeSelection = (next.homeSelection + entries.count - 1) % entries.count
  case .down, .tab: next.homeSelection = (next.homeSelection + 1) % entries.count
  case .home: next.homeSelection = 0
  case .end: next.homeSelection = entries.count - 1
  case .enter: return open(entries[next.homeSelection], in: next)
  case .character("q"), .character("Q"):
    // Quitting would end training without the trainer's PIN.
    if next.training != nil {
      next.homeNotice = .trainingQuitBlocked
      return (next, [])
    }
    return (next, [.quit])
  case .character("l"), .character("L"):
    if !next.asciiOnly { next.language = next.language == .zh ? .en : .zh }
  default: break
  }
  return (next, [])
}

private func open(_ entry: HomeEntry, in state: AppState) -> (AppState, [AppEffect]) {
  switch entry {
  case .exit: return (state, [.quit])
  case .escalation: return openEscalation(sessionID: nil, in: state)
  case .selfCheck: return openSelfCheck(in: state)
  case .training: return openTraining(state)
  case .scanPayment: return openTerminal(.scan, in: state)
  case .cardSale: return openTerminal(.card, in: state)
  case .voidRefund: return openTerminal(.voidOrRefund, in: state)
  case .management: return openTerminal(.management, in: state)
  }
}
