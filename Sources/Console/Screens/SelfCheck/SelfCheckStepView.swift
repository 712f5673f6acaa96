import Model

/// The current step: progress, text wrapped by display width, and what the cashier can answer.
func drawStep(_ session: SelfCheckSession, _ context: ScreenContext, into canvas: inout Canvas) {
  let language = context.language
  guard let engine = session.engine, let step = engine.currentStep else { return }
  let panel = terminalPanelWidth(for: step, canvas: canvas)
  let width = canvas.width - 4 - (panel > 0 ? panel + 2 : 0)
  let topics = step.topics.map { $0.title(language) }
    .joined(separator: UIText.listSeparator(language))
  let progress = UIMessage.selfCheckProgress(step: engine.stepNumber, topics: topics)(language)
  canvas.putFitted(progress, row: 1, col: 2, width: canvas.width - 4, role: .dim)
  // The first screen of a start says how to take the waiting payment meanwhile.
  let meanwhile = engine.path.isEmpty ? engine.start.meanwhile?(language) : nil
  drawStepBody(
    step, field: session.field.text, language, row: 3, width: width, lead: meanwhile, &canvas)
  if panel > 0, case .terminalCheck(let check) = step.kind {
    drawTerminalPanel(
      check, node: step.binding.node, context, row: 3, col: canvas.width - 2 - panel,
      width: panel, into: &canvas)
  }
}

/// The old step and its options, to pick a new answer for summary entry `index`.
func drawChange(
  _ session: SelfCheckSession, _ index: Int, _ context: ScreenContext, into canvas: inout Canvas
) {
  let language = context.language
  guard let engine = session.engine, engine.path.indices.contains(index),
    let step = engine.guide.step(engine.path[index].stepID)
  else { return }
  let width = canvas.width - 4
  let title = UIMessage.selfCheckChangeTitle(step: index + 1)(language)
  canvas.putFitted(title, row: 1, col: 2, width: width, role: .accent)
  let current = engine.summary.first { $0.index == index }?.answer(language) ?? ""
  canvas.putFitted(
    UIText.selfCheckChangeCurrent(language) + current, row: 2, col: 2, width: width, role: .dim)
  if case .instruction = step.kind {
    drawWrapped(
      [(UIText.selfCheckChangeNotPossible(language), .notice)], row: 4, col: 2, width: width,
      bottom: selfCheckBottom(canvas), into: &canvas)
    return
  }
  drawStepBody(step, field: session.field.text, language, row: 4, width: width, &canvas)
}

/// Title, text and the answer area of `step`; returns the row after the last line.
@discardableResult
private func drawStepBody(
  _ step: GuideStep, field: String, _ language: Language, row: Int, width: Int,
  lead: String? = nil, _ canvas: inout Canvas
) -> Int {
  let bottom = selfCheckBottom(canvas)
  // The head (title and text) comes first, then the key path and field, then the answers.
  var head: [(text: String, role: StyleRole)] = []
  if let lead { head += [(lead, .warning), ("", .plain)] }
  let isVerdict: Bool
  if case .verdict = step.kind { isVerdict = true } else { isVerdict = false }
  if let title = step.title { head.append((title(language), isVerdict ? .warning : .accent)) }
  head.append((step.text(language), .plain))
  head.append(("", .plain))
  var lines: [(text: String, role: StyleRole)] = []
  var keyPath: [LocalizedText] = []
  switch step.kind {
  case .instruction:
    lines.append((UIText.selfCheckInstructionHint(language), .notice))
  case .question(let options):
    lines += numbered(options, language)
  case .terminalCheck(let check):
    keyPath = check.keyPath
    lines.append((UIText.selfCheckExpect(language) + check.expect(language), .dim))
    lines.append(("", .plain))
    lines += numbered(check.options, language)
  case .input(let input):
    if case .version(let version) = input { keyPath = version.keyPath }
    lines.append((UIText.selfCheckInputHint(language), .notice))
  case .verdict(let verdict):
    lines.append((UIText.selfCheckFix(language) + verdict.fix(language), .success))
    lines.append(("", .plain))
    lines.append((UIText.selfCheckFixedQuestion(language), .accent))
    lines.append(("1 " + UIText.selfCheckFixedYes(language), .menu))
    lines.append(("2 " + UIText.selfCheckFixedNo(language), .menu))
  case .escalate:
    lines.append((UIText.selfCheckEscalateHint(language), .notice))
  }
  var y = drawWrapped(
    head, row: row, col: 2, width: width, bottom: bottom, into: &canvas)
  if !keyPath.isEmpty, y < bottom {
    y += drawKeyPath(keyPath, language, row: y, col: 2, width: width, into: &canvas) + 1
  }
  if case .input = step.kind, y < bottom {
    drawField(field, row: y, col: 2, width: width, into: &canvas)
    y += 2
  }
  return drawWrapped(
    lines, row: y, col: 2, width: width, bottom: bottom, into: &canvas)
}

private func numbered(_ options: [GuideOption], _ language: Language) -> [(
  text: String, role: StyleRole
)] {
  options.enumerated().map { ("\($0.offset + 1) " + $0.element.label(language), .menu) }
}

/// The typed text in a one-line field with a cursor; the end stays visible when it is long.
private func drawField(
  _ field: String, row: Int, col: Int, width: Int, into canvas: inout Canvas
) {
  let inner = max(1, width - 4)
  var shown = field + "▏"
  while DisplayWidth.of(shown) > inner, !shown.isEmpty { shown.removeFirst() }
  canvas.put("[ ", row: row, col: col, role: .frame)
  canvas.putFitted(shown, row: row, col: col + 2, width: inner, role: .accent)
  canvas.put(" ]", row: row, col: col + 2 + inner, role: .frame)
}
