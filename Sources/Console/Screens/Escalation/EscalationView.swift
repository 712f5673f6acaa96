import Model

extension EscalationSession {
  /// The 95016 card and steps, the case summary, the lookup or the code-jumping form.
  func draw(_ context: ScreenContext, into canvas: inout Canvas) {
    switch pane {
    case .steps:
      drawCallCard(self, context, into: &canvas)
      drawSaveLine(self, context, into: &canvas)
    case .summary: drawSaveLine(self, context, into: &canvas)
    case .lookup: drawLookupForm(lookup, context, into: &canvas)
    case .slipCheck: drawSlipForm(slip, context, into: &canvas)
    }
    drawScrolledBody(self, context, into: &canvas)
  }
}

/// The customer-service card: 95016 first, then every number the agent asks for.
private func drawCallCard(
  _ session: EscalationSession, _ context: ScreenContext, into canvas: inout Canvas
) {
  let language = context.language
  let settings = context.resources.settings
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
  let handOff = escalationHandOff(session, context)
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
  _ session: EscalationSession, _ context: ScreenContext, into canvas: inout Canvas
) {
  let language = context.language
  let row = EscalationLayout.menuRow(context.body)
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
  _ session: EscalationSession, _ context: ScreenContext, into canvas: inout Canvas
) {
  let (top, rows) = EscalationLayout.scrolled(session.pane, context.body)
  let lines = escalationBody(session, context)
  // Update keeps the offset in range; drawing only reads it.
  let first = session.scroll.offset
  let width = EscalationLayout.textWidth(context.body)
  for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
    canvas.putFitted(line.text, row: top + offset, col: 2, width: width, role: line.role)
  }
  // Say there is more, so nothing is hidden without a hint.
  if first + rows < lines.count {
    canvas.put("↓", row: top + rows - 1, col: canvas.width - 2, role: .notice)
  }
  if first > 0 { canvas.put("↑", row: top, col: canvas.width - 2, role: .notice) }
}
