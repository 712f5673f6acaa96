import Model

/// The one place state becomes a picture: `view(state) -> Canvas`. The frame is
/// split into rectangles; the screen draws only its body.
func view(_ state: AppState) -> Canvas {
  var canvas = Canvas(width: state.size.width, height: state.size.height)
  if state.size.isTooSmall {
    drawTooSmall(state, into: &canvas)
    return canvas
  }
  let layout = state.frameLayout
  // Drawing needs no clock: the context's time and ID are for updates only.
  let context = state.context(UpdateEnvironment(now: .distantPast, freshID: ""))
  drawTitleBar(state.screen.title(context), state.language, in: layout.title, into: &canvas)
  canvas.drawClipped(to: layout.body) { state.screen.draw(context, into: &$0) }
  var notices = state.screen.notices(context)
  if state.asciiOnly { notices.append(Notice(text: UIText.asciiFallback(.en), role: .warning)) }
  for (rect, notice) in zip(layout.notices, notices) {
    canvas.fill(row: rect.row, col: 0, width: rect.width, height: 1, role: .plain)
    canvas.putFitted(notice.text, row: rect.row, col: 1, width: rect.width - 2, role: notice.role)
  }
  if let bar = layout.trainingBar, let training = state.training {
    drawTrainingBar(training, state.language, in: bar, into: &canvas)
  }
  let hints = state.screen.hints(context)
  if state.showHelp {
    drawHelp(hints, state.language, into: &canvas)
  } else {
    // `?` is text where a field takes it; F1 opens help everywhere.
    let help = KeyHint(label: state.screen.takesText(context) ? "F1" : "?", hint: .keyHelp)
    drawKeyLine(
      hints.filter(\.inKeyLine) + [help], state.language, in: layout.keyLine, into: &canvas)
  }
  return canvas
}

/// The first row: the screen's title on the left, the language on the right.
private func drawTitleBar(
  _ title: String, _ language: Language, in rect: Rect, into canvas: inout Canvas
) {
  guard rect.height > 0 else { return }
  let name = UIText.languageName(language)
  let right = rect.width - DisplayWidth.of(name) - 2
  canvas.putFitted(title, row: rect.row, col: 2, width: max(0, right - 3), role: .title)
  canvas.put(name, row: rect.row, col: right, role: .dim)
}

/// The last row: the keys this screen takes, each key in its own style.
private func drawKeyLine(
  _ hints: [KeyHint], _ language: Language, in rect: Rect, into canvas: inout Canvas
) {
  guard rect.height > 0 else { return }
  canvas.fill(row: rect.row, col: 0, width: rect.width, height: 1, role: .statusBar)
  var col = 1
  for hint in hints {
    let label = hint.hint(language)
    let needed = DisplayWidth.of(hint.label) + DisplayWidth.of(label) + 3
    if col + needed > rect.width { break }
    col = canvas.put(hint.label, row: rect.row, col: col, role: .statusKey)
    col = canvas.put(" " + label + "  ", row: rect.row, col: col, role: .statusBar)
  }
}

private func drawTooSmall(_ state: AppState, into canvas: inout Canvas) {
  let language = state.asciiOnly ? Language.en : state.language
  let size = "\(state.size.width)x\(state.size.height)"
  var lines = [UIText.tooSmallTitle(language), ""]
  lines += TextLayout.wrap(
    UIMessage.tooSmallBody(size: size)(language), width: max(1, canvas.width - 2))
  let top = max(0, (canvas.height - lines.count) / 2)
  for (i, line) in lines.enumerated() where top + i < canvas.height {
    let col = max(0, (canvas.width - DisplayWidth.of(line)) / 2)
    canvas.put(line, row: top + i, col: col, role: i == 0 ? .warning : .plain)
  }
}

/// F1: the screen's own bindings, from the same list that dispatches its keys, then
/// the keys that work everywhere.
private func drawHelp(_ hints: [KeyHint], _ language: Language, into canvas: inout Canvas) {
  let labelWidth = (hints.map { DisplayWidth.of($0.label) }.max() ?? 4) + 2
  var body = hints.map { TextLayout.pad($0.label, to: labelWidth) + $0.hint(language) }
  body += [""] + UIText.helpBody(language).split(separator: "\n").map(String.init)
  let width = min(canvas.width - 4, (body.map { DisplayWidth.of($0) }.max() ?? 20) + 6)
  let height = min(canvas.height - 2, body.count + 4)
  let col = (canvas.width - width) / 2
  let row = max(1, (canvas.height - height) / 2)
  canvas.fill(row: row, col: col, width: width, height: height, role: .plain)
  canvas.box(
    row: row, col: col, width: width, height: height, role: .frame,
    title: UIText.helpTitle(language), titleRole: .title)
  for (i, line) in body.enumerated() where i < height - 4 {
    canvas.putFitted(line, row: row + 2 + i, col: col + 3, width: width - 5)
  }
  let keyLine = Rect(row: canvas.height - 1, col: 0, width: canvas.width, height: 1)
  canvas.fill(row: keyLine.row, col: 0, width: canvas.width, height: 1, role: .statusBar)
  let closeCol = canvas.put("Esc", row: keyLine.row, col: 1, role: .statusKey)
  canvas.put(" " + UIText.helpClose(language), row: keyLine.row, col: closeCol, role: .statusBar)
}
