import Model

/// The keypad legend beside the unit: which console key is which key of the unit.
func drawKeyLegend(_ layout: TerminalLayout, _ language: Language, into canvas: inout Canvas) {
  guard layout.panelWidth >= 12 else { return }
  let label = { (key: TerminalKey) in TerminalPhrase.keyLabel(key).text(language) }
  let rows: [(String, String)] = [
    ("Enter", label(.confirm)),
    ("Esc", label(.cancel)),
    ("Backspace", label(.clear)),
    ("F\(TerminalKeyMap.functionKey)", label(.function)),
    ("0-9  .", UIText.terminalLegendDigits(language)),
    ("S  I  T", UIText.terminalLegendCards(language)),
    ("P", UIText.terminalLegendCustomer(language)),
    (UIText.terminalLegendCodeKey(language), UIText.terminalLegendCode(language)),
    ("←↑↓→", UIText.terminalLegendArrows(language)),
    ("Space", UIText.terminalLegendPen(language)),
    ("F\(TerminalKeyMap.homeKey)", UIText.terminalLegendHome(language)),
  ]
  let keyWidth = 11
  let inner = layout.panelWidth - 4
  let textWidth = max(1, inner - keyWidth)
  // A description too long for its column goes on under itself rather than being cut.
  let lines = rows.flatMap { key, text in
    TextLayout.wrap(text, width: textWidth).enumerated().map { ($0 == 0 ? key : "", $1) }
  }
  let height = min(lines.count + 2, layout.deviceHeight)
  canvas.box(
    row: layout.deviceRow, col: layout.panelCol, width: layout.panelWidth, height: height,
    role: .frame, title: UIText.terminalLegendTitle(language), titleRole: .title)
  for (index, row) in lines.enumerated() where index < height - 2 {
    let y = layout.deviceRow + 1 + index
    canvas.putFitted(
      row.0, row: y, col: layout.panelCol + 2, width: min(keyWidth, inner), role: .menuKey)
    canvas.putFitted(
      row.1, row: y, col: layout.panelCol + 2 + keyWidth, width: max(0, inner - keyWidth),
      role: .plain)
  }
}

/// The slip as printed text beside the unit.
func drawSlipPanel(
  _ slip: Slip, _ layout: TerminalLayout, _ language: Language, into canvas: inout Canvas
) {
  guard layout.panelWidth >= 12 else { return }
  let width = min(layout.panelWidth, Slip.width + 4)
  let height = min(slip.lines.count + 2, layout.deviceHeight)
  canvas.box(
    row: layout.deviceRow, col: layout.panelCol, width: width, height: height, role: .frame,
    title: UIText.terminalSlipTitle(language), titleRole: .title)
  for (index, line) in slip.lines.enumerated() where index < height - 2 {
    canvas.putFitted(
      line, row: layout.deviceRow + 1 + index, col: layout.panelCol + 2, width: width - 4)
  }
}

/// The payment-code table did not load: say what and where, plainly.
func drawTerminalUnavailable(
  _ problems: [String], _ context: ScreenContext, into canvas: inout Canvas
) {
  let language = context.language
  let width = min(canvas.width - 4, 72)
  let col = (canvas.width - width) / 2
  var lines = [UIText.terminalNoCodesTitle(language), ""]
  lines += TextLayout.wrap(UIText.terminalNoCodesBody(language), width: width - 4)
  lines.append("")
  for problem in problems { lines += TextLayout.wrap(problem, width: width - 4) }
  let height = min(lines.count + 2, canvas.layoutHeight - 3)
  canvas.box(row: 2, col: col, width: width, height: height, role: .frame)
  for (i, line) in lines.enumerated() where i < height - 2 {
    canvas.putFitted(
      line, row: 3 + i, col: col + 2, width: width - 4, role: i == 0 ? .warning : .plain)
  }
}
