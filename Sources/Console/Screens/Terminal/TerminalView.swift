import Model

extension TerminalSession {
  /// The simulated terminal drawn as the device, with the keypad legend or the slip beside it.
  func draw(_ context: ScreenContext, into canvas: inout Canvas) {
    let language = context.language
    guard var simulator else {
      drawTerminalUnavailable(loadProblems, context, into: &canvas)
      return
    }
    // The unit speaks the language on show: `L` switches its display too.
    simulator.language = language
    let layout = TerminalLayout(width: canvas.width, height: canvas.layoutHeight)
    let screen = chooserScreen(self, simulator, language) ?? simulator.screen
    drawDeviceShell(simulator, layout, language, into: &canvas)
    drawDeviceScreen(screen, layout, into: &canvas)
    drawSoftKeys(screen.softKeys, layout, into: &canvas)
    if let counter {
      drawCounterPanel(
        counter, language, row: layout.deviceRow, col: layout.panelCol, width: layout.panelWidth,
        maxHeight: layout.deviceHeight, into: &canvas)
    } else if let slip = simulator.shownSlip {
      drawSlipPanel(slip, layout, language, into: &canvas)
    } else {
      drawKeyLegend(layout, language, into: &canvas)
    }
  }
}

/// Home 3's question, drawn on the LCD as the unit's own menus are (the unit is at
/// its main menu meanwhile, so its screen is reused with the two choices).
private func chooserScreen(
  _ session: TerminalSession, _ simulator: TerminalSimulator, _ language: Language
) -> TerminalScreen? {
  guard session.choosingVoidOrRefund else { return nil }
  var screen = simulator.screen
  screen.title = UIText.entryVoid(language)
  let profile: TerminalProfile? = simulator.profile
  screen.lines =
    TerminalSession.voidRefundChoices.sorted { $0.key < $1.key }.map { key, action in
      TerminalLine("\(key) " + (profile?.label(for: action, language) ?? action.rawValue))
    } + [TerminalLine(UIText.terminalChoiceHint(language), .hint)]
  screen.softKeys = screen.softKeys.filter { $0.key == .digits }
  return screen
}

/// The unit's case: its frame, brand and status row (signal bars, link).
private func drawDeviceShell(
  _ simulator: TerminalSimulator, _ layout: TerminalLayout, _ language: Language,
  into canvas: inout Canvas
) {
  let width = TerminalLayout.deviceWidth
  canvas.fill(
    row: layout.deviceRow, col: layout.deviceCol, width: width, height: layout.deviceHeight,
    role: .deviceFrame)
  canvas.box(
    row: layout.deviceRow, col: layout.deviceCol, width: width, height: layout.deviceHeight,
    role: .deviceFrame, title: UIText.terminalBrand(language))
  let bars = simulator.signalBars
  let signal =
    String(repeating: "▮", count: bars) + String(repeating: "▯", count: max(0, 4 - bars))
  let link = simulator.connection == .wifi ? "Wi-Fi" : "4G"
  canvas.putFitted(
    signal + " " + link, row: layout.deviceRow + 1, col: layout.deviceCol + 2,
    width: width - 4, role: .deviceFrame)
}

/// The LCD: title bar, body lines, the field, and the signature pad when signing.
private func drawDeviceScreen(
  _ screen: TerminalScreen, _ layout: TerminalLayout, into canvas: inout Canvas
) {
  let row = layout.screenRow
  let col = layout.screenCol
  let text = layout.screenTextWidth
  canvas.fill(
    row: row, col: col, width: layout.screenWidth, height: layout.screenHeight,
    role: .deviceScreen)
  canvas.box(
    row: row, col: col, width: layout.screenWidth, height: layout.screenHeight,
    role: .deviceScreen)
  let title = TextLayout.truncate(screen.title, to: text)
  let left = (text - DisplayWidth.of(title)) / 2
  canvas.putFitted(
    String(repeating: " ", count: max(0, left)) + title, row: row + 1, col: col + 1, width: text,
    role: .deviceTitle)
  let padRows = screen.signature.map { $0.height + 1 } ?? 0
  let rows = TerminalDisplayLines.rows(
    screen, width: text, limit: layout.screenBodyRows - padRows)
  for (index, line) in rows.enumerated() {
    canvas.putFitted(
      line.text, row: row + 2 + index, col: col + 1, width: text, role: line.emphasis.role)
  }
  if let pad = screen.signature {
    drawSignaturePad(pad, row: row + 2 + rows.count, col: col + 1, width: text, into: &canvas)
  }
}

/// The unit's keys for this screen, as caps under the LCD.
private func drawSoftKeys(_ keys: [SoftKey], _ layout: TerminalLayout, into canvas: inout Canvas) {
  let row = layout.deviceRow + layout.deviceHeight - 2
  let end = layout.deviceCol + TerminalLayout.deviceWidth - 2
  var col = layout.deviceCol + 2
  for key in keys {
    let cap = "[" + key.label + "]"
    guard col + DisplayWidth.of(cap) <= end else { break }
    col = canvas.put(cap, row: row, col: col, role: .deviceKey) + 1
  }
}
