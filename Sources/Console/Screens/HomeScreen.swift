import Model

/// The home menu, numbered like the terminal's own: a digit opens its entry.
func drawHome(_ state: AppState, into canvas: inout Canvas) {
  let language = state.language
  drawTitleBar(UIText.appTitle(language), state, into: &canvas)
  canvas.putFitted(
    UIText.appSubtitle(language), row: 1, col: 2, width: canvas.width - 4, role: .dim)

  let entries = HomeEntry.allCases
  let boxWidth = min(canvas.width - 4, 72)
  let boxCol = (canvas.width - boxWidth) / 2
  let boxRow = 3
  canvas.box(
    row: boxRow, col: boxCol, width: boxWidth, height: entries.count + 2, role: .frame)
  let labelWidth = 18
  for (index, entry) in entries.enumerated() {
    let row = boxRow + 1 + index
    let selected = index == state.homeSelection
    // Only the pointer changes when the selection moves, so a key press
    // repaints a handful of cells instead of two whole rows.
    canvas.put(
      selected ? "▶" : " ", row: row, col: boxCol + 2, role: selected ? .menuSelected : .menu)
    canvas.put(String(entry.rawValue), row: row, col: boxCol + 4, role: .menuKey)
    canvas.putFitted(
      entry.label(language), row: row, col: boxCol + 6, width: labelWidth, role: .menu)
    let infoCol = boxCol + 6 + labelWidth + 1
    canvas.putFitted(
      entry.info(language), row: row, col: infoCol, width: boxCol + boxWidth - 2 - infoCol,
      role: .dim)
  }
  canvas.putFitted(
    homeHint(state)(language), row: boxRow + entries.count + 3, col: boxCol + 2,
    width: boxWidth - 2, role: .notice)
  drawStatusBar(
    [
      ("0-7", UIText.keyChoose(language)), ("↑↓", UIText.keyMove(language)),
      ("Enter", UIText.keyOpen(language)), ("L", UIText.keyLanguage(language)),
      ("?", UIText.keyHelp(language)), ("q", UIText.keyQuit(language)),
    ], into: &canvas)
}

/// The line under the menu: a notice if there is one, else the offer to finish a
/// self-check a crash or a closed window interrupted, else the usual hint.
private func homeHint(_ state: AppState) -> UIText {
  if let notice = state.homeNotice { return notice }
  return state.resources.unfinishedGuide == nil ? .homeHint : .homeResumeHint
}
