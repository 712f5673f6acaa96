import Model

/// An entry whose capability is not built yet: says so plainly, never fakes a result.
func drawNotBuilt(_ entry: HomeEntry, _ state: AppState, into canvas: inout Canvas) {
  let language = state.language
  drawTitleBar("\(entry.rawValue) " + entry.label(language), state, into: &canvas)
  let width = min(canvas.width - 4, 72)
  let col = (canvas.width - width) / 2
  var lines = [UIText.notBuiltTitle(language), ""]
  lines += TextLayout.wrap(UIText.notBuiltBody(language), width: width - 4)
  lines += ["", UIText.notBuiltPlan(language), "  " + entry.info(language)]
  canvas.box(row: 2, col: col, width: width, height: lines.count + 2, role: .frame)
  for (i, line) in lines.enumerated() {
    canvas.putFitted(
      line, row: 3 + i, col: col + 2, width: width - 4, role: i == 0 ? .warning : .plain)
  }
  drawStatusBar(
    [("Esc", UIText.keyBack(language)), ("?", UIText.keyHelp(language))], into: &canvas)
}
