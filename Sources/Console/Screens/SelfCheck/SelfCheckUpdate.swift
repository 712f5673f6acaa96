import Model

/// Keys on the self-check screen; every answer, back and change asks for a save.
func updateSelfCheck(_ state: AppState, _ session: SelfCheckSession, _ key: Key) -> (
  AppState, [AppEffect]
) {
  switch session.mode {
  case .resumeOffer(let pending): return updateResumeOffer(state, session, pending, key)
  case .chooseSymptom: return updateSymptomChoice(state, session, key)
  case .step: return updateStep(state, session, key)
  case .summary(let selected): return updateSummary(state, session, selected, key)
  case .change(let index): return updateChange(state, session, index, key)
  case .report(let scroll):
    var next = state
    var session = session
    switch key {
    case .up: session.mode = .report(scroll: max(0, scroll - 1))
    case .down: session.mode = .report(scroll: scroll + 1)
    case .pageUp: session.mode = .report(scroll: max(0, scroll - 10))
    case .pageDown: session.mode = .report(scroll: scroll + 10)
    case .escape, .enter:
      next.screen = .home
      return (next, [])
    default: break
    }
    next.screen = .selfCheck(session)
    return (next, [])
  }
}

/// A save failed: keep going, but say so on screen so nobody believes it was kept.
func selfCheckStoreFailed(_ state: AppState, _ problem: String) -> (AppState, [AppEffect]) {
  var next = state
  if case .selfCheck(var session) = state.screen {
    session.message = UIText.selfCheckSaveFailed(state.language).replacingFirst("%1", with: problem)
    next.screen = .selfCheck(session)
  }
  return (next, [.log("self-check: save failed: \(problem)")])
}

private func updateResumeOffer(
  _ state: AppState, _ session: SelfCheckSession, _ pending: ResumableGuideSession, _ key: Key
) -> (AppState, [AppEffect]) {
  var next = state
  var session = session
  switch key {
  case .character("1"), .enter:
    next.resources.unfinishedGuide = nil
    do {
      let (engine, dropped) = try GuideEngine.resume(
        guide: session.guide, symptom: pending.record.symptom,
        startedAt: pending.record.startedAt, answers: pending.answers,
        judge: selfCheckJudge(state.resources))
      session.engine = engine
      session.sessionID = pending.record.id
      session.droppedOnResume = dropped
      session.mode = .step
      if dropped > 0 {
        session.message = UIText.selfCheckDropped(state.language)
          .replacingFirst("%1", with: String(dropped))
      }
      next.screen = .selfCheck(session)
      // Saving at once makes the stored path match the rebuilt one when answers were dropped.
      return (
        next,
        [
          .log("self-check: resume \(pending.record.id) dropped=\(dropped)"),
          .guideSave(engine, sessionID: pending.record.id),
        ]
      )
    } catch {
      session.mode = .chooseSymptom
      session.message = describe(error, state.language)
      next.screen = .selfCheck(session)
      return (next, [.guideAbandon(sessionID: pending.record.id)])
    }
  case .character("2"):
    next.resources.unfinishedGuide = nil
    session.mode = .chooseSymptom
    next.screen = .selfCheck(session)
    return (next, [.guideAbandon(sessionID: pending.record.id)])
  case .escape:
    next.screen = .home
  default: break
  }
  return (next, [])
}

private func updateSymptomChoice(_ state: AppState, _ session: SelfCheckSession, _ key: Key)
  -> (AppState, [AppEffect])
{
  var next = state
  var session = session
  let starts = session.guide.starts
  var chosen: GuideStart?
  switch key {
  case .escape:
    next.screen = .home
    return (next, [])
  case .up where !starts.isEmpty:
    session.symptomSelection = (session.symptomSelection + starts.count - 1) % starts.count
  case .down where !starts.isEmpty:
    session.symptomSelection = (session.symptomSelection + 1) % starts.count
  case .enter where starts.indices.contains(session.symptomSelection):
    chosen = starts[session.symptomSelection]
  default:
    if let digit = key.digit, starts.indices.contains(digit - 1) { chosen = starts[digit - 1] }
  }
  guard let chosen else {
    next.screen = .selfCheck(session)
    return (next, [])
  }
  do {
    let engine = try GuideEngine(
      guide: session.guide, symptom: chosen.symptom, judge: selfCheckJudge(state.resources))
    let id = newSelfCheckSessionID()
    session.engine = engine
    session.sessionID = id
    session.mode = .step
    session.message = nil
    session.field = ""
    next.screen = .selfCheck(session)
    return (next, [.guideBegin(engine, sessionID: id)])
  } catch {
    session.message = describe(error, state.language)
    next.screen = .selfCheck(session)
    return (next, [])
  }
}

private func updateStep(_ state: AppState, _ session: SelfCheckSession, _ key: Key)
  -> (AppState, [AppEffect])
{
  var next = state
  var session = session
  guard var engine = session.engine, let id = session.sessionID, let step = engine.currentStep
  else {
    session.mode = .chooseSymptom
    next.screen = .selfCheck(session)
    return (next, [])
  }
  switch key {
  case .tab:
    session.mode = .summary(selected: max(0, engine.path.count - 1))
    next.screen = .selfCheck(session)
    return (next, [])
  case .escape:
    session.message = nil
    session.field = ""
    if engine.back() {
      session.engine = engine
      next.screen = .selfCheck(session)
      return (next, [.guideSave(engine, sessionID: id)])
    }
    // Back from the first step: nothing was answered, so the session is set aside.
    session.engine = nil
    session.sessionID = nil
    session.mode = .chooseSymptom
    next.screen = .selfCheck(session)
    return (next, [.guideAbandon(sessionID: id)])
  default:
    break
  }
  guard let reply = reply(to: step.kind, key: key, field: &session.field) else {
    next.screen = .selfCheck(session)
    return (next, [])
  }
  do {
    try engine.answer(reply)
  } catch {
    session.message = describe(error, state.language)
    next.screen = .selfCheck(session)
    return (next, [])
  }
  return answered(next, session, engine)
}

private func updateSummary(
  _ state: AppState, _ session: SelfCheckSession, _ selected: Int, _ key: Key
) -> (AppState, [AppEffect]) {
  var next = state
  var session = session
  let count = session.engine?.path.count ?? 0
  switch key {
  case .tab, .escape: session.mode = .step
  case .up where count > 0: session.mode = .summary(selected: (selected + count - 1) % count)
  case .down where count > 0: session.mode = .summary(selected: (selected + 1) % count)
  case .enter where selected < count: session.mode = .change(index: selected)
  default:
    if let digit = key.digit, digit >= 1, digit <= count {
      session.mode = .change(index: digit - 1)
    }
  }
  if case .change = session.mode { session.field = "" }
  next.screen = .selfCheck(session)
  return (next, [])
}

private func updateChange(_ state: AppState, _ session: SelfCheckSession, _ index: Int, _ key: Key)
  -> (AppState, [AppEffect])
{
  var next = state
  var session = session
  guard var engine = session.engine, engine.path.indices.contains(index),
    let step = engine.guide.step(engine.path[index].stepID)
  else {
    session.mode = .step
    next.screen = .selfCheck(session)
    return (next, [])
  }
  if key == .escape || key == .tab {
    session.field = ""
    session.mode = .summary(selected: index)
    next.screen = .selfCheck(session)
    return (next, [])
  }
  guard let reply = reply(to: step.kind, key: key, field: &session.field) else {
    next.screen = .selfCheck(session)
    return (next, [])
  }
  do {
    try engine.change(answerAt: index, to: reply)
  } catch {
    session.message = describe(error, state.language)
    next.screen = .selfCheck(session)
    return (next, [])
  }
  return answered(next, session, engine)
}

/// After an accepted answer or change: save, then show the next step, the report, or escalate.
private func answered(_ state: AppState, _ session: SelfCheckSession, _ engine: GuideEngine)
  -> (AppState, [AppEffect])
{
  var session = session
  session.engine = engine
  session.field = ""
  session.message = nil
  let id = session.sessionID ?? ""
  let save = AppEffect.guideSave(engine, sessionID: id)
  switch engine.outcome {
  case .escalated?:
    let (next, effects) = openEscalation(from: session, in: state)
    return (next, [save] + effects)
  case .resolved?, .notResolved?:
    session.mode = .report(scroll: 0)
  case nil:
    session.mode = .step
  }
  var next = state
  next.screen = .selfCheck(session)
  return (next, [save])
}

/// The reply a key gives on a step of `kind`; typing into an input field updates `field`.
private func reply(to kind: GuideStepKind, key: Key, field: inout String) -> GuideReply? {
  switch kind {
  case .instruction:
    return key == .enter ? .done : nil
  case .question, .terminalCheck:
    guard let digit = key.digit, kind.options.indices.contains(digit - 1) else { return nil }
    return .option(digit - 1)
  case .input:
    switch key {
    case .enter: return .text(field)
    case .backspace:
      if !field.isEmpty { field.removeLast() }
    case .character(let c) where field.count < PaymentCodeTable.maximumCodeLength:
      // A paste arrives as a burst of characters; line breaks in it are not part of a code.
      if c != "\n" && c != "\r" { field.append(c) }
    default: break
    }
    return nil
  case .verdict:
    switch key {
    case .character("1"): return .fixed(true)
    case .character("2"): return .fixed(false)
    default: return nil
    }
  case .escalate:
    return key == .enter ? .handedOver : nil
  }
}

/// Why the engine refused, in words for the cashier.
private func describe(_ error: any Error, _ language: Language) -> String {
  guard let error = error as? GuideEngineError else { return "\(error)" }
  switch error {
  case .invalidInput(_, let reason): return reason(language)
  case .noPaymentCodeJudge: return UIText.selfCheckNoJudge(language)
  case .unknownSymptom(let id), .missingStep(let id), .replyDoesNotFit(let id, _),
    .optionOutOfRange(let id, _, _):
    return UIText.selfCheckReplyRefused(language).replacingFirst("%1", with: id)
  case .sessionFinished, .noSuchAnswer:
    return UIText.selfCheckReplyRefused(language).replacingFirst("%1", with: "\(error)")
  }
}
