import Model

/// The escalation screen: the 95016 card and steps, the case summary, the lookup or the 跳码 form.
func drawEscalation(_ session: EscalationSession, _ state: AppState, into canvas: inout Canvas) {
  let language = state.language
  let entry = "\(HomeEntry.escalation.rawValue) " + HomeEntry.escalation.label(language)
  let title: String
  switch session.pane {
  case .steps: title = entry
  case .summary: title = entry + " › " + UIText.escSummaryTitle(language)
  case .lookup: title = entry + " › " + UIText.lookupTitle(language)
  case .slipCheck: title = entry + " › " + UIText.slipTitle(language)
  }
  drawTitleBar(title, state, into: &canvas)
  switch session.pane {
  case .steps:
    drawCallCard(session, state, into: &canvas)
    drawSaveLine(session, state, into: &canvas)
  case .summary: drawSaveLine(session, state, into: &canvas)
  case .lookup: drawLookupForm(session.lookup, state, into: &canvas)
  case .slipCheck: drawSlipForm(session.slip, state, into: &canvas)
  }
  drawScrolledBody(session, state, into: &canvas)
  drawStatusBar(statusHints(session.pane, language), into: &canvas)
}

/// The customer-service card: 95016 first, then every number the agent asks for.
private func drawCallCard(
  _ session: EscalationSession, _ state: AppState, into canvas: inout Canvas
) {
  let language = state.language
  let settings = state.resources.settings
  let width = canvas.width - 2
  let inner = width - 4
  canvas.box(
    row: 1, col: 1, width: width, height: 6, role: .frame, title: UIText.escCallTitle(language),
    titleRole: .title)
  var col = canvas.put(UIText.escCallNumber(language), row: 2, col: 3, role: .warning)
  col = canvas.put("  ", row: 2, col: col)
  canvas.putFitted(
    UIText.escCallReady(language), row: 2, col: col, width: max(0, 3 + inner - col), role: .dim)
  // The card shows exactly what the saved summary will say.
  let handOff = escalationHandOff(session, state)
  let merchant = handOff.merchantNumber?.grouped ?? settings.merchantNumber
  let terminal = handOff.terminal?.value ?? settings.terminalNumber
  let firmware = handOff.firmwareVersion ?? settings.firmwareVersion
  let pairs: [[(UIText, String)]] = [
    [(.escMerchantNumber, merchant), (.escTerminalNumber, terminal)],
    [(.escSerial, settings.serialNumber), (.escFirmware, firmware)],
  ]
  for (offset, row) in pairs.enumerated() {
    var x = 3
    for (label, value) in row {
      x = canvas.put(label(language) + " ", row: 3 + offset, col: x, role: .dim, limit: 3 + inner)
      x = canvas.put(value, row: 3 + offset, col: x, role: .accent, limit: 3 + inner)
      x += 3
    }
  }
  let store = session.context?.storeMerchant
  let storeLine =
    store.map { $0.name + " · " + $0.status.label(language) }
    ?? settings.merchantName(language)
  canvas.putFitted(storeLine, row: 5, col: 3, width: inner)
}

/// The menu row, or what saving the summary did: the path gets a row of its own, its end kept
/// visible when it is too long, since the file name is what the cashier needs.
private func drawSaveLine(
  _ session: EscalationSession, _ state: AppState, into canvas: inout Canvas
) {
  let language = state.language
  let row = EscalationLayout.menuRow(state)
  let width = canvas.width - 4
  switch session.saved {
  case .saved(let path)?:
    canvas.putFitted(UIText.escSaved(language), row: row - 1, col: 2, width: width, role: .success)
    let fitted =
      DisplayWidth.of(path) <= width ? path : "…" + String(path.suffix(max(1, width - 1)))
    canvas.putFitted(fitted, row: row, col: 2, width: width, role: .accent)
  case .failed(let error)?:
    let lines = TextLayout.wrap(error.message(language), width: width)
    for (offset, line) in lines.suffix(2).enumerated() {
      canvas.putFitted(
        line, row: row - min(2, lines.count) + 1 + offset, col: 2, width: width, role: .error)
    }
  case nil:
    canvas.putFitted(UIText.escMenu(language), row: row, col: 2, width: width, role: .notice)
  }
}

private func drawScrolledBody(
  _ session: EscalationSession, _ state: AppState, into canvas: inout Canvas
) {
  let (top, rows) = EscalationLayout.body(session.pane, state)
  let lines = escalationBody(session, state)
  let first = min(
    session.scroll,
    EscalationLayout.maxScroll(
      session.pane, state, lineCount: lines.count))
  let width = EscalationLayout.textWidth(state.size)
  for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
    canvas.putFitted(line.text, row: top + offset, col: 2, width: width, role: line.role)
  }
  // Say there is more, so nothing is hidden without a hint.
  if first + rows < lines.count {
    canvas.put("↓", row: top + rows - 1, col: canvas.width - 2, role: .notice)
  }
  if first > 0 { canvas.put("↑", row: top, col: canvas.width - 2, role: .notice) }
}

private func statusHints(_ pane: EscalationPane, _ language: Language) -> [(
  key: String, label: String
)] {
  let back = ("Esc", UIText.keyBack(language))
  let scroll = ("↑↓", UIText.keyScroll(language))
  switch pane {
  case .steps:
    return [back, ("1-4", UIText.keyChoose(language)), scroll, ("?", UIText.keyHelp(language))]
  case .summary:
    return [back, ("4/Enter", UIText.keySave(language)), scroll, ("?", UIText.keyHelp(language))]
  case .lookup:
    return [
      back, ("Enter", UIText.keyLookUp(language)), ("Backspace", UIText.keyDelete(language)),
      scroll,
    ]
  case .slipCheck:
    return [
      back, ("Enter", UIText.keyCheck(language)), ("Tab/↑↓", UIText.keyNextField(language)),
      ("Backspace", UIText.keyDelete(language)), ("PgUp/PgDn", UIText.keyScroll(language)),
    ]
  }
}
