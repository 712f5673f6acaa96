import Model

/// The running summary: every answer on the path, one highlighted to change.
func drawSummary(
  _ session: SelfCheckSession, _ selected: Int, _ context: ScreenContext, into canvas: inout Canvas
) {
  let language = context.language
  let width = canvas.width - 4
  let entries = session.engine?.summary ?? []
  canvas.putFitted(
    UIText.selfCheckSummaryTitle(language), row: 1, col: 2, width: width, role: .accent)
  if entries.isEmpty {
    canvas.putFitted(
      UIText.selfCheckSummaryEmpty(language), row: 3, col: 2, width: width, role: .dim)
  }
  // Two rows per entry (step, then answer); scroll so the highlighted one stays in view.
  let top = 3
  let fits = max(1, (selfCheckBottom(canvas) - top) / 2)
  var list = MenuList(count: entries.count, wraps: false)
  list.select(selected)
  let first = list.visibleStart(rows: fits)
  for (offset, entry) in entries.dropFirst(first).prefix(fits).enumerated() {
    let row = top + offset * 2
    let isSelected = entry.index == selected
    canvas.put(
      isSelected ? "▶" : " ", row: row, col: 2, role: isSelected ? .menuSelected : .menu)
    canvas.putFitted(
      "\(entry.index + 1). " + entry.step(language), row: row, col: 4, width: width - 2,
      role: .menu)
    canvas.putFitted(
      "→ " + entry.answer(language), row: row + 1, col: 7, width: width - 5,
      role: isSelected ? .accent : .dim)
  }
}
