import Model

/// Draws the training screens: PIN, trainer menu, run, declaring, result, report.
func drawTraining(_ screen: TrainingScreen, _ state: ScreenContext, into canvas: inout Canvas) {
  let language = state.language
  let width = min(canvas.width - 4, 76)
  let col = (canvas.width - width) / 2
  switch screen.page {
  case .pin(let purpose, let typed):
    let prompt: UIText =
      switch purpose {
      case .enter: .trainingPINEnter
      case .leave, .quit: .trainingPINLeave
      case .setNew: .trainingPINSetNew
      case .confirmNew: .trainingPINConfirm
      }
    canvas.putFitted(prompt(language), row: 3, col: col, width: width, role: .accent)
    canvas.box(row: 5, col: col, width: 28, height: 3, role: .frame)
    // Only one mark per digit is drawn: the PIN never reaches the screen.
    canvas.put(String(repeating: "*", count: typed.text.count), row: 6, col: col + 2, role: .plain)
  case .checking:
    canvas.putFitted(
      UIText.trainingPINChecking(language), row: 3, col: col, width: width, role: .accent)
  case .menu(let selection):
    let entries = TrainingMenuEntry.allCases
    var list = MenuList(count: entries.count)
    list.select(selection)
    ListView().render(
      entries.map { ListView.Item(key: String($0.rawValue), $0.label(language)) },
      in: Rect(row: 3, col: col, width: width, height: entries.count), state: &list,
      into: &canvas)
    if let trainee = state.training?.trainee, !trainee.isEmpty {
      canvas.putFitted(
        UIText.trainingTraineePrompt(language) + " " + trainee, row: 4 + entries.count, col: col,
        width: width, role: .dim)
    }
  case .trainee(let typed, _):
    canvas.putFitted(
      UIText.trainingTraineePrompt(language), row: 3, col: col, width: width, role: .accent)
    canvas.box(row: 4, col: col, width: 30, height: 3, role: .frame)
    canvas.putFitted(typed.visibleTail(width: 26) + "_", row: 5, col: col + 2, width: 26)
  case .scenarioList(let selection):
    canvas.putFitted(
      UIText.trainingScenarioPrompt(language), row: 2, col: col, width: width, role: .accent)
    let labels = screen.scenarios.map { s in
      s.id + "  " + s.title(language)
    }
    drawTrainingList(labels, selection: selection, top: 3, col: col, width: width, into: &canvas)
  case .practice(let selection, let faults):
    canvas.putFitted(
      UIText.trainingPracticePrompt(language), row: 2, col: col, width: width, role: .accent)
    let labels = ScanFault.allCases.map { fault in
      (faults.contains(fault) ? "[x] " : "[ ] ") + fault.rawValue + "  " + fault.title(language)
    }
    drawTrainingList(labels, selection: selection, top: 3, col: col, width: width, into: &canvas)
  case .run(let shown):
    drawTrainingRun(state, hintsShown: shown, col: col, width: width, into: &canvas)
    if let counter = screen.counter {
      // Over the hints, which come back when the list closes.
      drawCounterPanel(
        counter, language, row: 6, col: col, width: min(width, 46),
        maxHeight: canvas.layoutHeight - 7, into: &canvas)
    }
  case .declare(let selection):
    canvas.putFitted(
      UIText.trainingDeclarePrompt(language), row: 2, col: col, width: width, role: .accent)
    let labels = trainingVerdicts(state.resources.guides).map { $0.title?(language) ?? $0.id }
    drawTrainingList(labels, selection: selection, top: 3, col: col, width: width, into: &canvas)
  case .result(let result, let score):
    drawTrainingResult(result, score, state, col: col, width: width, into: &canvas)
  case .report(let results):
    drawTrainingReport(results, language, col: col, width: width, into: &canvas)
  }
}

/// A scrolling list with a pointer; keeps the selection in view.
func drawTrainingList(
  _ labels: [String], selection: Int, top: Int, col: Int, width: Int, into canvas: inout Canvas
) {
  let rows = max(1, canvas.layoutHeight - top - 4)
  var list = MenuList(count: labels.count, wraps: false)
  list.select(selection)
  ListView(highlightsLabel: true).render(
    labels.map { ListView.Item($0) }, in: Rect(row: top, col: col, width: width, height: rows),
    state: &list, into: &canvas)
}

private func drawTrainingRun(
  _ state: ScreenContext, hintsShown: Int, col: Int, width: Int, into canvas: inout Canvas
) {
  let language = state.language
  guard let mode = state.training, let scenario = mode.scenario else { return }
  let presents: String
  switch scenario.presents {
  case .walletCode(let id):
    presents =
      state.resources.codes?.samples.first { $0.id == id }?.label(language) ?? id
  case .card(let mode):
    presents = UIMessage.trainingCard(mode: mode.rawValue)(language)
  }
  let intro = UIMessage.trainingRunIntro(trainee: mode.trainee, presents: presents)(language)
  var row = 3
  for line in TextLayout.wrap(intro, width: width) {
    canvas.put(line, row: row, col: col)
    row += 1
  }
  let par = UIMessage.trainingRunPar(steps: scenario.par.steps, seconds: scenario.par.seconds)(
    language)
  canvas.putFitted(par, row: row + 1, col: col, width: width, role: .dim)
  row += 3
  for (i, hint) in scenario.hints.prefix(hintsShown).enumerated() {
    for line in TextLayout.wrap(
      UIText.trainingHintLabel(language) + " \(i + 1): " + hint(language), width: width)
    where row < canvas.layoutHeight - 4 {
      canvas.put(line, row: row, col: col, role: .notice)
      row += 1
    }
  }
}

private func drawTrainingResult(
  _ result: TrainingResult, _ score: TrainingScore, _ state: ScreenContext, col: Int, width: Int,
  into canvas: inout Canvas
) {
  let language = state.language
  let guides = state.resources.guides
  var lines: [(String, StyleRole)] = [
    (
      UIMessage.trainingResultScore(points: score.points)(language),
      .title
    ),
    (
      (score.correct ? UIText.trainingResultRight : UIText.trainingResultWrong)(language),
      score.correct ? .success : .error
    ),
  ]
  for deduction in score.deductions { lines.append(("  " + deduction.text(language), .plain)) }
  // Every real cause of the scenario, each with its fix (two-fault scenarios have two).
  let causes = result.expectedVerdicts.map { id in
    (id, guides.lazy.compactMap { $0.step(id) }.first)
  }
  let titles = causes.map { id, step in step?.title?(language) ?? id }
  lines.append(
    (UIText.trainingResultCause(language) + titles.joined(separator: " + "), .accent))
  for (_, step) in causes {
    if case .verdict(let v)? = step?.kind {
      lines.append((UIText.trainingResultFix(language) + v.fix(language), .plain))
    }
  }
  let path = TrainingRightPath.steps(to: result.expectedVerdicts.first ?? "", in: guides)
  if !path.isEmpty {
    lines.append((UIText.trainingResultPath(language), .dim))
    for step in path.dropLast() { lines.append(("  → " + step.text(language), .dim)) }
  }
  var row = 3
  for (text, role) in lines {
    for line in TextLayout.wrap(text, width: width) where row < canvas.layoutHeight - 3 {
      canvas.put(line, row: row, col: col, role: role)
      row += 1
    }
  }
}

private func drawTrainingReport(
  _ results: [TrainingResult], _ language: Language, col: Int, width: Int,
  into canvas: inout Canvas
) {
  let report = TrainingReport(results: results)
  guard !report.trainees.isEmpty else {
    canvas.putFitted(UIText.trainingReportEmpty(language), row: 3, col: col, width: width)
    return
  }
  var row = 2
  let nameWidth = 12
  for trainee in report.trainees where row < canvas.layoutHeight - 4 {
    let name = TextLayout.pad(TextLayout.truncate(trainee.trainee, to: nameWidth), to: nameWidth)
    let spark = TrainingChart.sparkline(trainee.scores, width: max(1, width - nameWidth - 34))
    canvas.putFitted(
      name + " " + TrainingChart.bar(trainee.average, width: 20) + " \(trainee.average)  "
        + spark, row: row, col: col, width: width, role: .accent)
    row += 1
    for topic in trainee.topics where row < canvas.layoutHeight - 4 {
      let title = GuideTopic(rawValue: topic.topic)?.title(language) ?? topic.topic
      let label = "  " + TextLayout.pad(TextLayout.truncate(title, to: nameWidth), to: nameWidth)
      canvas.putFitted(
        label + TrainingChart.bar(topic.average, width: 20) + " \(topic.average) (\(topic.runs))",
        row: row, col: col, width: width, role: .plain)
      row += 1
    }
    if let harm = report.harmSummary(trainee.trainee, language), row < canvas.layoutHeight - 4 {
      canvas.putFitted(
        "  " + UIText.trainingReportHarm(language) + harm, row: row, col: col, width: width,
        role: .warning)
      row += 1
    }
    row += 1
  }
}

extension TrainingMenuEntry {
  func label(_ language: Language) -> String {
    switch self {
    case .run: UIText.trainingMenuRun(language)
    case .series: UIText.trainingMenuSeries(language)
    case .practice: UIText.trainingMenuPractice(language)
    case .report: UIText.trainingMenuReport(language)
    case .leave: UIText.trainingMenuLeave(language)
    }
  }
}

extension TrainingNotice {
  func text(_ language: Language) -> String {
    switch self {
    case .wrongPIN(let left): UIMessage.trainingPINWrong(triesLeft: left)(language)
    case .locked(let minutes): UIMessage.trainingPINLocked(minutes: minutes)(language)
    case .pinsDiffer: UIText.trainingPINsDiffer(language)
    case .badPIN(let error): error.message(language)
    case .noDatabase: UIText.trainingNoDatabase(language)
    case .noScenarios: UIText.trainingNoScenarios(language)
    case .saveFailed: UIText.trainingSaveFailed(language)
    case .causeFound(let remaining): UIMessage.trainingCauseFound(remaining: remaining)(language)
    }
  }
}

/// The TRAINING bar, in its own row of the frame on every screen while training is on.
func drawTrainingBar(
  _ mode: TrainingMode, _ language: Language, in rect: Rect, into canvas: inout Canvas
) {
  canvas.fill(row: rect.row, col: 0, width: rect.width, height: 1, role: .trainingBar)
  var text = " " + UIText.trainingBar(language)
  if !mode.trainee.isEmpty { text += " · " + mode.trainee }
  canvas.putFitted(text, row: rect.row, col: 0, width: rect.width, role: .trainingBar)
}
