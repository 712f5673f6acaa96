import Model

/// The one place state becomes a picture: `view(state) -> Canvas`.
func view(_ state: AppState) -> Canvas {
  var canvas = Canvas(width: state.size.width, height: state.size.height)
  if state.size.isTooSmall {
    drawTooSmall(state, into: &canvas)
    return canvas
  }
  switch state.screen {
  case .home: drawHome(state, into: &canvas)
  case .escalation(let session): drawEscalation(session, state, into: &canvas)
  case .selfCheck(let session): drawSelfCheck(session, state, into: &canvas)
  case .terminal(let session): drawTerminal(session, state, into: &canvas)
  case .training(let screen): drawTraining(screen, state, into: &canvas)
  }
  if let training = state.training { drawTrainingBar(training, state, into: &canvas) }
  if state.asciiOnly {
    canvas.putFitted(
      UIText.asciiFallback(.en), row: canvas.height - 2, col: 0, width: canvas.width,
      role: .warning)
  }
  if state.showHelp { drawHelp(state, into: &canvas) }
  return canvas
}

/// The first row: the screen's title on the left, the language on the right.
func drawTitleBar(_ title: String, _ state: AppState, into canvas: inout Canvas) {
  let language = UIText.languageName(state.language)
  let right = canvas.width - DisplayWidth.of(language) - 2
  canvas.putFitted(title, row: 0, col: 2, width: max(0, right - 3), role: .title)
  canvas.put(language, row: 0, col: right, role: .dim)
}

/// The last row: the keys this screen takes, each key in its own style.
func drawStatusBar(_ hints: [(key: String, label: String)], into canvas: inout Canvas) {
  let row = canvas.height - 1
  canvas.fill(row: row, col: 0, width: canvas.width, height: 1, role: .statusBar)
  var col = 1
  for hint in hints {
    let needed = DisplayWidth.of(hint.key) + DisplayWidth.of(hint.label) + 3
    if col + needed > canvas.width { break }
    col = canvas.put(hint.key, row: row, col: col, role: .statusKey)
    col = canvas.put(" " + hint.label + "  ", row: row, col: col, role: .statusBar)
  }
}

private func drawTooSmall(_ state: AppState, into canvas: inout Canvas) {
  let language = state.asciiOnly ? Language.en : state.language
  let size = "\(state.size.width)x\(state.size.height)"
  let body = UIText.tooSmallBody(language).replacingFirst("%1", with: size)
  var lines = [UIText.tooSmallTitle(language), ""]
  lines += TextLayout.wrap(body, width: max(1, canvas.width - 2))
  let top = max(0, (canvas.height - lines.count) / 2)
  for (i, line) in lines.enumerated() where top + i < canvas.height {
    let col = max(0, (canvas.width - DisplayWidth.of(line)) / 2)
    canvas.put(line, row: top + i, col: col, role: i == 0 ? .warning : .plain)
  }
}

private func drawHelp(_ state: AppState, into canvas: inout Canvas) {
  let body = UIText.helpBody(state.language).split(separator: "\n").map(String.init)
  let width = min(canvas.width - 4, (body.map { DisplayWidth.of($0) }.max() ?? 20) + 6)
  let height = min(canvas.height - 2, body.count + 4)
  let col = (canvas.width - width) / 2
  let row = max(1, (canvas.height - height) / 2)
  canvas.fill(row: row, col: col, width: width, height: height, role: .plain)
  canvas.box(
    row: row, col: col, width: width, height: height, role: .frame,
    title: UIText.helpTitle(state.language), titleRole: .title)
  for (i, line) in body.enumerated() where i < height - 4 {
    canvas.putFitted(line, row: row + 2 + i, col: col + 3, width: width - 5)
  }
  drawStatusBar([("Esc", UIText.helpClose(state.language))], into: &canvas)
}

extension String {
  /// This string with the first `placeholder` replaced (no Foundation needed).
  func replacingFirst(_ placeholder: String, with value: String) -> String {
    guard let range = range(of: placeholder) else { return self }
    return String(self[..<range.lowerBound]) + value + String(self[range.upperBound...])
  }

  private func range(of needle: String) -> Range<String.Index>? {
    var start = startIndex
    while start < endIndex {
      if self[start...].hasPrefix(needle) {
        return start..<index(start, offsetBy: needle.count)
      }
      start = index(after: start)
    }
    return nil
  }
}
