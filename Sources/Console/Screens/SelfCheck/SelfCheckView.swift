import Model

extension SelfCheckSession {
  /// Resume offer, symptom choice, step, summary, change or report; a refused reply or
  /// a failed save is one of the frame's notices, below the body.
  func draw(_ context: ScreenContext, into canvas: inout Canvas) {
    switch mode {
    case .resumeOffer(let pending): drawResumeOffer(pending, self, context, into: &canvas)
    case .chooseSymptom: drawSymptomChoice(self, context, into: &canvas)
    case .step: drawStep(self, context, into: &canvas)
    case .summary(let selected): drawSummary(self, selected, context, into: &canvas)
    case .change(let index): drawChange(self, index, context, into: &canvas)
    case .report(let scroll): drawReport(self, scroll.offset, context, into: &canvas)
    }
  }

  /// The report's lines wrapped to `width`, each keeping its indentation, so update can
  /// bound scrolling and drawing shows the same lines.
  func reportLines(width: Int, _ language: Language) -> [String] {
    guard let engine else { return [] }
    let report = GuideReport(engine: engine, sessionID: sessionID ?? "-")
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
    return lines
  }
}

/// The report's first row, and how many rows it has in `body`.
private let reportTop = 2
func reportRows(_ body: Rect) -> Int { max(1, body.row + body.height - reportTop) }

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

/// The first row below the body: the frame's notices, bars and key line start there.
func selfCheckBottom(_ canvas: Canvas) -> Int { canvas.layoutHeight - 1 }

private func drawResumeOffer(
  _ pending: ResumableGuideSession, _ session: SelfCheckSession, _ context: ScreenContext,
  into canvas: inout Canvas
) {
  let language = context.language
  let symptom =
    session.guide.start(pending.record.symptom)?.title(language) ?? pending.record.symptom
  let body = UIMessage.selfCheckResumeBody(symptom: symptom, answered: pending.answers.count)(
    language)
  drawWrapped(
    [
      (UIText.selfCheckResumeTitle(language), .warning), ("", .plain), (body, .plain),
      ("", .plain), ("1 " + UIText.selfCheckResume(language), .menu),
      ("2 " + UIText.selfCheckStartOver(language), .menu),
    ], row: 2, col: 2, width: canvas.width - 4, bottom: selfCheckBottom(canvas), into: &canvas)
}

private func drawSymptomChoice(
  _ session: SelfCheckSession, _ context: ScreenContext, into canvas: inout Canvas
) {
  let language = context.language
  let width = canvas.width - 4
  let starts = session.guide.starts
  if starts.isEmpty {
    let problems = context.resources.problems.map { (text: "· " + $0, role: StyleRole.plain) }
    drawWrapped(
      [(UIText.selfCheckNoGuide(language), .warning)] + problems, row: 2, col: 2, width: width,
      bottom: selfCheckBottom(canvas), into: &canvas)
    return
  }
  canvas.putFitted(
    UIText.selfCheckChooseSymptom(language), row: 2, col: 2, width: width, role: .accent)
  var list = MenuList(count: starts.count)
  list.select(session.symptomSelection)
  ListView().render(
    starts.enumerated().map {
      ListView.Item(key: String($0.offset + 1), $0.element.title(language))
    },
    in: Rect(row: 4, col: 2, width: width, height: max(0, selfCheckBottom(canvas) - 4)),
    state: &list, into: &canvas)
}

private func drawReport(
  _ session: SelfCheckSession, _ first: Int, _ context: ScreenContext, into canvas: inout Canvas
) {
  let language = context.language
  let width = canvas.width - 4
  let lines = session.reportLines(width: width, language)
  let visible = reportRows(context.body)
  canvas.putFitted(
    UIText.selfCheckReportTitle(language), row: 1, col: 2, width: width, role: .accent)
  for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
    canvas.putFitted(line, row: reportTop + offset, col: 2, width: width, role: .plain)
  }
}
