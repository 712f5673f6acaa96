import Model

/// Opens the escalation screen for self-check session `sessionID` (nil: the latest session)
/// and asks the services to read it; the self-check hands over through this.
func openEscalation(sessionID: String?, in state: AppState) -> (AppState, [AppEffect]) {
  var next = state
  next.screen = .escalation(
    EscalationSession(
      sessionID: sessionID, storeMerchantNumber: state.resources.settings.merchantNumber))
  let load = EscalationRequest.load(
    sessionID: sessionID, guides: state.resources.guides,
    storeMerchantNumber: state.resources.settings.merchantNumber)
  return (next, [.log("open escalation session=\(sessionID ?? "latest")"), .escalation(load)])
}

/// A key on the escalation screen.
func updateEscalation(_ state: AppState, _ key: Key) -> (AppState, [AppEffect]) {
  guard case .escalation(var session) = state.screen else { return (state, []) }
  var next = state
  var effects: [AppEffect] = []
  if key == .escape {
    if session.pane == .steps {
      next.screen = .home
      return (next, [])
    }
    session.pane = .steps
    session.scroll = 0
    next.screen = .escalation(session)
    return (next, [])
  }
  if scrolled(&session, key, state) {
    next.screen = .escalation(session)
    return (next, [])
  }
  switch session.pane {
  case .steps, .summary: effects = menuKey(&session, key, state)
  case .lookup: effects = lookupKey(&session.lookup, key, state)
  case .slipCheck: effects = slipKey(&session.slip, key, state)
  }
  next.screen = .escalation(session)
  return (next, effects)
}

/// An answer from the services; dropped when the screen has moved on.
func updateEscalation(_ state: AppState, _ event: EscalationEvent) -> (AppState, [AppEffect]) {
  guard case .escalation(var session) = state.screen else { return (state, []) }
  var next = state
  switch event {
  case .loaded(let context): session.context = context
  case .saved(let outcome): session.saved = outcome
  case .lookedUp(let answer, .lookup): session.lookup.answer = answer
  case .lookedUp(let answer, .slipCheck): session.slip.answer = answer
  case .lookedUp(_, .steps), .lookedUp(_, .summary): break
  }
  next.screen = .escalation(session)
  return (next, [])
}

/// Arrows and page keys scroll the pane's text; on the 跳码 form the arrows move between fields.
private func scrolled(_ session: inout EscalationSession, _ key: Key, _ state: AppState) -> Bool {
  let page = EscalationLayout.body(session.pane, state).rows
  let step: Int
  switch (key, session.pane) {
  case (.up, .slipCheck), (.down, .slipCheck): return false
  case (.up, _): step = -1
  case (.down, _): step = 1
  case (.pageUp, _): step = -page
  case (.pageDown, _): step = page
  default: return false
  }
  let limit = EscalationLayout.maxScroll(
    session.pane, state, lineCount: escalationBody(session, state).count)
  session.scroll = min(limit, max(0, session.scroll + step))
  return true
}

/// Digits on the steps and summary panes: 1 lookup, 2 跳码 check, 3 summary, 4 save.
private func menuKey(_ session: inout EscalationSession, _ key: Key, _ state: AppState)
  -> [AppEffect]
{
  switch key.digit {
  case 1: session.pane = .lookup
  case 2: session.pane = .slipCheck
  case 3: session.pane = .summary
  case 4:
    let handOff = escalationHandOff(session, state)
    return [.escalation(.save(handOff, state.language))]
  default:
    if key == .enter && session.pane == .summary {
      return [.escalation(.save(escalationHandOff(session, state), state.language))]
    }
    return []
  }
  session.scroll = 0
  return []
}

private func lookupKey(_ form: inout LookupForm, _ key: Key, _ state: AppState) -> [AppEffect] {
  switch key {
  case .character(let character): form.number.type(character)
  case .backspace: form.number.deleteLast()
  case .delete: form.number.clear()
  case .enter:
    do {
      _ = try MerchantNumber(parsing: form.number.text)
    } catch {
      form.number.badPosition = error.position
      form.answer = .refused(error.message)
      return []
    }
    guard let tables = state.resources.merchantTables else {
      form.answer = noTables(state)
      return []
    }
    form.answer = .pending
    let request = MerchantLookupRequest(number: form.number.text)
    return [.escalation(.lookup(request, tables: tables, pane: .lookup))]
  default: break
  }
  return []
}

private func slipKey(_ form: inout SlipForm, _ key: Key, _ state: AppState) -> [AppEffect] {
  let fields = SlipFormField.allCases
  switch key {
  case .character(let character): form[form.focus].type(character)
  case .backspace: form[form.focus].deleteLast()
  case .delete: form[form.focus].clear()
  case .tab, .down: form.focus = fields[(form.focus.rawValue + 1) % fields.count]
  case .backTab, .up: form.focus = fields[(form.focus.rawValue + fields.count - 1) % fields.count]
  case .enter: return submitSlip(&form, state)
  default: break
  }
  return []
}

/// Checks every field before asking the directory, so a typing mistake is shown at once.
private func submitSlip(_ form: inout SlipForm, _ state: AppState) -> [AppEffect] {
  func refuse(_ field: SlipFormField, _ label: UIText, _ position: Int?, _ message: LocalizedText) {
    form.focus = field
    form[field].badPosition = position
    form.answer = .refused(
      LocalizedText(zh: label(.zh) + "：" + message.zh, en: label(.en) + ": " + message.en))
  }
  for (field, label) in [(SlipFormField.registered, UIText.slipRegistered), (.slip, .slipOnSlip)] {
    do {
      _ = try MerchantNumber(parsing: form[field].text)
    } catch {
      refuse(field, label, error.position, error.message)
      return []
    }
  }
  let terminal = form.terminal.text
  // The terminal is optional: a field holding only separators counts as left empty.
  let hasTerminal = !terminal.allSatisfy { " -\u{3000}".contains($0) }
  if hasTerminal {
    do {
      _ = try TerminalNumber(parsing: terminal)
    } catch {
      refuse(.terminal, .slipTerminal, error.position, error.message)
      return []
    }
  }
  guard let tables = state.resources.merchantTables else {
    form.answer = noTables(state)
    return []
  }
  form.answer = .pending
  let request = MerchantLookupRequest(
    number: form.registered.text, slip: form.slip.text, terminal: hasTerminal ? terminal : nil)
  return [.escalation(.lookup(request, tables: tables, pane: .slipCheck))]
}

private func noTables(_ state: AppState) -> LookupAnswer {
  .unavailable(.escNoTables, detail: state.resources.problems.joined(separator: "; "))
}

extension MerchantNumberError {
  /// The 1-based position of the refused character, if one was refused.
  var position: Int? {
    if case .invalidCharacter(let position, _) = self { return position }
    return nil
  }
}

extension TerminalNumberError {
  /// The 1-based position of the refused character, if one was refused.
  var position: Int? {
    if case .invalidCharacter(let position, _) = self { return position }
    return nil
  }
}
