import Model

/// Draws the self-check: resume offer, symptom choice, step, summary, change or report.
func drawSelfCheck(_ session: SelfCheckSession, _ state: AppState, into canvas: inout Canvas) {
  let language = state.language
  var title = "\(HomeEntry.selfCheck.rawValue) " + UIText.entrySelfCheck(language)
  if let engine = session.engine { title += " · " + engine.start.title(language) }
  drawTitleBar(title, state, into: &canvas)
  switch session.mode {
  case .resumeOffer(let pending): drawResumeOffer(pending, session, state, into: &canvas)
  case .chooseSymptom: drawSymptomChoice(session, state, into: &canvas)
  case .step: drawStep(session, state, into: &canvas)
  case .summary(let selected): drawSummary(session, selected, state, into: &canvas)
  case .change(let index): drawChange(session, index, state, into: &canvas)
  case .report(let scroll): drawReport(session, scroll, state, into: &canvas)
  }
  if let message = session.message {
    let lines = TextLayout.wrap(message, width: max(1, canvas.width - 4)).prefix(2)
    for (i, line) in lines.enumerated() {
      canvas.putFitted(
        line, row: canvas.height - 1 - lines.count + i, col: 2, width: canvas.width - 4,
        role: .warning)
    }
  }
}

/// Writes `lines` from `row` down, wrapping each to `width`, stopping above `bottom`.
/// Returns the row after the last line written.
@discardableResult
func drawWrapped(
  _ lines: [(text: String, role: StyleRole)], row: Int, col: Int, width: Int, bottom: Int,
  into canvas: inout Canvas
) -> Int {
  var y = row
  for line in lines {
    let parts = line.text.isEmpty ? [""] : TextLayout.wrap(line.text, width: max(1, width))
    for part in parts {
      guard y < bottom else { return y }
      canvas.putFitted(part, row: y, col: col, width: width, role: line.role)
      y += 1
    }
  }
  return y
}

/// The lowest row body text may use: above the message lines and the status bar.
func selfCheckBottom(_ canvas: Canvas) -> Int { canvas.height - 3 }

private func drawResumeOffer(
  _ pending: ResumableGuideSession, _ session: SelfCheckSession, _ state: AppState,
  into canvas: inout Canvas
) {
  let language = state.language
  let symptom =
    session.guide.start(pending.record.symptom)?.title(language) ?? pending.record.symptom
  let body = UIText.selfCheckResumeBody(language).replacingFirst("%1", with: symptom)
    .replacingFirst("%2", with: String(pending.answers.count))
  drawWrapped(
    [
      (UIText.selfCheckResumeTitle(language), .warning), ("", .plain), (body, .plain),
      ("", .plain), ("1 " + UIText.selfCheckResume(language), .menu),
      ("2 " + UIText.selfCheckStartOver(language), .menu),
    ], row: 2, col: 2, width: canvas.width - 4, bottom: selfCheckBottom(canvas), into: &canvas)
  drawStatusBar(
    [
      ("1-2", UIText.keyChoose(language)), ("Esc", UIText.keyBack(language)),
      ("?", UIText.keyHelp(language)),
    ], into: &canvas)
}

private func drawSymptomChoice(
  _ session: SelfCheckSession, _ state: AppState, into canvas: inout Canvas
) {
  let language = state.language
  let width = canvas.width - 4
  let starts = session.guide.starts
  if starts.isEmpty {
    let problems = state.resources.problems.map { (text: "· " + $0, role: StyleRole.plain) }
    drawWrapped(
      [(UIText.selfCheckNoGuide(language), .warning)] + problems, row: 2, col: 2, width: width,
      bottom: selfCheckBottom(canvas), into: &canvas)
    drawStatusBar(
      [("Esc", UIText.keyBack(language)), ("?", UIText.keyHelp(language))], into: &canvas)
    return
  }
  canvas.putFitted(
    UIText.selfCheckChooseSymptom(language), row: 2, col: 2, width: width, role: .accent)
  for (index, start) in starts.enumerated() where 4 + index < selfCheckBottom(canvas) {
    let row = 4 + index
    let selected = index == session.symptomSelection
    canvas.put(
      selected ? "▶" : " ", row: row, col: 2, role: selected ? .menuSelected : .menu)
    canvas.put(String(index + 1), row: row, col: 4, role: .menuKey)
    canvas.putFitted(start.title(language), row: row, col: 6, width: width - 4, role: .menu)
  }
  drawStatusBar(
    [
      ("1-\(starts.count)", UIText.keyChoose(language)), ("↑↓", UIText.keyMove(language)),
      ("Enter", UIText.keyOpen(language)), ("Esc", UIText.keyBack(language)),
      ("?", UIText.keyHelp(language)),
    ], into: &canvas)
}

private func drawReport(
  _ session: SelfCheckSession, _ scroll: Int, _ state: AppState, into canvas: inout Canvas
) {
  let language = state.language
  guard let engine = session.engine else { return }
  let report = GuideReport(engine: engine, sessionID: session.sessionID ?? "-")
  let width = canvas.width - 4
  var lines: [String] = []
  for line in report.text(language).split(separator: "\n", omittingEmptySubsequences: false) {
    // Keep the report's indentation on every wrapped part, so answers stay under their step.
    let indent = String(line.prefix { $0 == " " })
    let body = String(line.dropFirst(indent.count))
    lines +=
      body.isEmpty
      ? [""]
      : TextLayout.wrap(body, width: max(1, width - indent.count)).map { indent + $0 }
  }
  while lines.last == "" { lines.removeLast() }
  let top = 2
  let visible = max(1, selfCheckBottom(canvas) - top)
  let first = min(scroll, max(0, lines.count - visible))
  canvas.putFitted(
    UIText.selfCheckReportTitle(language), row: 1, col: 2, width: width, role: .accent)
  for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
    canvas.putFitted(line, row: top + offset, col: 2, width: width, role: .plain)
  }
  drawStatusBar(
    [
      ("↑↓", UIText.selfCheckKeyScroll(language)), ("Enter", UIText.selfCheckKeyHome(language)),
      ("Esc", UIText.keyBack(language)), ("?", UIText.keyHelp(language)),
    ], into: &canvas)
}
