import Model

/// How wide the drawn terminal beside an on-terminal check is; 0 when there is no room for it.
func terminalPanelWidth(for step: GuideStep, canvas: Canvas) -> Int {
  guard case .terminalCheck = step.kind, canvas.width >= 76 else { return 0 }
  return 26
}

/// "On the terminal press: [管理] → [版本信息]", each key in the unit's key style; wraps
/// before a key that would not fit. Returns the number of rows used.
@discardableResult
func drawKeyPath(
  _ keyPath: [LocalizedText], _ language: Language, row: Int, col: Int, width: Int,
  into canvas: inout Canvas
) -> Int {
  let limit = col + width
  var y = row
  var x = canvas.put(UIText.selfCheckOnTerminal(language), row: y, col: col, limit: limit)
  for (index, key) in keyPath.enumerated() {
    let label = "[" + key(language) + "]"
    let piece = (index > 0 ? " → " : "") + label
    if x + DisplayWidth.of(piece) > limit, x > col + 2 {
      y += 1
      x = col + 2
    }
    if index > 0 { x = canvas.put(" → ", row: y, col: x, role: .dim, limit: limit) }
    x = canvas.put(label, row: y, col: x, role: .deviceKey, limit: limit)
  }
  return y - row + 1
}

/// A small drawing of the unit showing the screen the key path leads to and what to look for.
func drawTerminalPanel(
  _ check: TerminalCheck, _ language: Language, row: Int, col: Int, width: Int,
  into canvas: inout Canvas
) {
  let inner = width - 4
  let body = TextLayout.wrap(check.expect(language), width: max(1, inner)).prefix(6)
  // The unit's display: the page the key path leads to, then what to look for on it.
  let screenHeight = body.count + 1
  canvas.box(
    row: row, col: col, width: width, height: screenHeight + 2, role: .deviceFrame,
    title: "POS", titleRole: .deviceTitle)
  canvas.fill(
    row: row + 1, col: col + 1, width: width - 2, height: screenHeight, role: .deviceScreen)
  canvas.putFitted(
    check.keyPath.last?(language) ?? "", row: row + 1, col: col + 2, width: inner,
    role: .deviceTitle)
  for (offset, line) in body.enumerated() {
    canvas.putFitted(line, row: row + 2 + offset, col: col + 2, width: inner, role: .deviceScreen)
  }
}
