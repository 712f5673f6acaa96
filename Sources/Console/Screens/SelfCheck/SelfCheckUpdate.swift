import Foundation
import Model

extension SelfCheckSession: ScreenComponent {
  typealias Effect = SelfCheckEffect
  typealias Event = SelfCheckEvent

  /// Home 4.
  static let homeEntry = HomeMenuItem(
    number: 4, label: .entrySelfCheck, info: .entrySelfCheckInfo, opens: .selfCheck)

  enum Command {
    case leave
    case resume
    case startOver
    case moveSymptom(Int)
    case chooseSymptom(Int)
    case chooseSelectedSymptom
    case reply(GuideReply)
    case submitField
    case type(Character)
    case deleteLast
    case back
    case openSummary
    case closeSummary
    case moveSummary(Int)
    case change(Int)
    case changeSelected
    case closeChange
    case scrollReport(lines: Int)
    case pageReport(Int)
  }

  func title(_ context: ScreenContext) -> String {
    var title = "\(Self.homeEntry.number) " + Self.homeEntry.label(context.language)
    if let engine { title += " · " + engine.start.title(context.language) }
    return title
  }

  func notices(_ context: ScreenContext) -> [Notice] {
    guard let message else { return [] }
    return TextLayout.wrap(message.text(context.language), width: max(1, context.size.width - 2))
      .prefix(2).map {
        Notice(text: $0, role: .warning)
      }
  }

  func bindings(_ context: ScreenContext) -> [KeyBinding<Command>] {
    let back = KeyBinding<Command>([.escape], "Esc", .keyBack, .back)
    switch mode {
    case .resumeOffer:
      return [
        KeyBinding(.keys([.character("1"), .enter]), "1", .selfCheckResume) { _ in .resume },
        KeyBinding([.character("2")], "2", .selfCheckStartOver, .startOver),
        KeyBinding([.escape], "Esc", .keyBack, .leave),
      ]
    case .chooseSymptom:
      let count = guide.starts.count
      guard count > 0 else { return [KeyBinding([.escape], "Esc", .keyBack, .leave)] }
      return [
        KeyBinding(.digits, "1-\(count)", .keyChoose) { key in
          key.digit.flatMap { (1...count).contains($0) ? .chooseSymptom($0 - 1) : nil }
        },
        KeyBinding(.keys([.up, .down]), "↑↓", .keyMove) { .moveSymptom($0 == .up ? -1 : 1) },
        KeyBinding([.enter], "Enter", .keyOpen, .chooseSelectedSymptom),
        KeyBinding([.escape], "Esc", .keyBack, .leave),
      ]
    case .step:
      guard let step = engine?.currentStep else { return [back] }
      return answerBindings(step.kind)
        + [back, KeyBinding([.tab], "Tab", .selfCheckKeySummary, .openSummary)]
    case .summary:
      let count = engine?.path.count ?? 0
      return [
        KeyBinding(.digits, "1-9", .selfCheckKeyChange) { key in
          key.digit.flatMap { $0 >= 1 && $0 <= count ? .change($0 - 1) : nil }
        },
        KeyBinding(.keys([.up, .down]), "↑↓", .keyMove) { .moveSummary($0 == .up ? -1 : 1) },
        KeyBinding([.enter], "Enter", .selfCheckKeyChange, .changeSelected),
        KeyBinding(.keys([.tab, .escape]), "Tab/Esc", .keyBack) { _ in .closeSummary },
      ]
    case .change(let index):
      let close = KeyBinding<Command>(.keys([.escape, .tab]), "Esc", .keyBack) { _ in .closeChange }
      guard let engine, engine.path.indices.contains(index),
        let step = engine.guide.step(engine.path[index].stepID)
      else { return [close] }
      if case .instruction = step.kind { return [close] }
      return answerBindings(step.kind) + [close]
    case .report:
      return [
        KeyBinding(.keys([.up, .down]), "↑↓", .selfCheckKeyScroll) {
          .scrollReport(lines: $0 == .up ? -1 : 1)
        },
        KeyBinding(.keys([.pageUp, .pageDown]), "PgUp/PgDn", .selfCheckKeyScroll, inKeyLine: false)
        { .pageReport($0 == .pageUp ? -1 : 1) },
        KeyBinding([.enter], "Enter", .selfCheckKeyHome, .leave),
        KeyBinding([.escape], "Esc", .keyBack, .leave),
      ]
    }
  }

  /// The keys that answer a step of `kind`.
  private func answerBindings(_ kind: GuideStepKind) -> [KeyBinding<Command>] {
    switch kind {
    case .instruction: return [KeyBinding([.enter], "Enter", .selfCheckKeyDone, .reply(.done))]
    case .question, .terminalCheck:
      let count = kind.options.count
      return [
        KeyBinding(.digits, "1-\(count)", .keyChoose) { key in
          key.digit.flatMap { (1...max(1, count)).contains($0) ? .reply(.option($0 - 1)) : nil }
        }
      ]
    case .input:
      return [
        KeyBinding([.enter], "Enter", .selfCheckKeyConfirm, .submitField),
        KeyBinding([.backspace], "Backspace", .selfCheckKeyDelete, .deleteLast),
        // A scanner or a paste types the code: every printable key is text, `?` too.
        KeyBinding(.printable, "abc", .keyType, inKeyLine: false) { key in
          if case .character(let c) = key { return .type(c) }
          return nil
        },
      ]
    case .verdict:
      return [
        KeyBinding(.keys([.character("1"), .character("2")]), "1-2", .keyChoose) {
          .reply(.fixed($0 == .character("1")))
        }
      ]
    case .escalate:
      return [KeyBinding([.enter], "Enter", .selfCheckKeyHandOver, .reply(.handedOver))]
    }
  }

  mutating func perform(_ command: Command, _ context: ScreenContext) -> ScreenOutcome<Effect> {
    switch command {
    case .leave: return .go(.home)
    case .resume: return resume(context)
    case .startOver:
      guard case .resumeOffer(let pending) = mode else { return .none }
      mode = .chooseSymptom
      return ScreenOutcome(
        effects: [.abandon(sessionID: pending.record.id, at: context.now)],
        changes: [.clearUnfinishedGuide])
    case .moveSymptom(let delta):
      symptomSelection = MenuList.moving(
        symptomSelection, count: guide.starts.count, delta < 0 ? .up : .down, wraps: true)
    case .chooseSymptom(let index): return begin(index, context)
    case .chooseSelectedSymptom: return begin(symptomSelection, context)
    case .reply(let reply): return answer(reply, context)
    case .submitField: return answer(.text(field.text), context)
    case .type(let character): field.type(character)
    case .deleteLast: field.deleteLast()
    case .back: return back(context)
    case .openSummary: mode = .summary(selected: max(0, (engine?.path.count ?? 1) - 1))
    case .closeSummary: mode = .step
    case .moveSummary(let delta):
      guard case .summary(let selected) = mode, let count = engine?.path.count, count > 0 else {
        return .none
      }
      mode = .summary(
        selected: MenuList.moving(selected, count: count, delta < 0 ? .up : .down, wraps: true))
    case .change(let index):
      field.clear()
      mode = .change(index: index)
    case .changeSelected:
      guard case .summary(let selected) = mode, selected < engine?.path.count ?? 0 else {
        return .none
      }
      field.clear()
      mode = .change(index: selected)
    case .closeChange:
      field.clear()
      if case .change(let index) = mode { mode = .summary(selected: index) }
    case .scrollReport(let lines): scrollReport(by: lines, context)
    case .pageReport(let direction):
      scrollReport(by: direction * reportRows(context.body), context)
    }
    return .none
  }

  mutating func receive(_ event: SelfCheckEvent, _ context: ScreenContext)
    -> ScreenOutcome<Effect>
  {
    guard case .storeFailed(let problem) = event else { return .none }
    // Keep going, but say so on screen so nobody believes it was kept.
    message = .saveFailed(problem: problem)
    return ScreenOutcome(logs: ["self-check: save failed: \(problem)"])
  }

  private mutating func scrollReport(by lines: Int, _ context: ScreenContext) {
    guard case .report(var scroll) = mode else { return }
    let total = reportLines(width: context.body.width - 4, context.language).count
    scroll.scroll(by: lines, lines: total, rows: reportRows(context.body))
    mode = .report(scroll)
  }

  private mutating func resume(_ context: ScreenContext) -> ScreenOutcome<Effect> {
    guard case .resumeOffer(let pending) = mode else { return .none }
    do {
      var (engine, dropped) = try GuideEngine.resume(
        guide: guide, symptom: pending.record.symptom, startedAt: pending.record.startedAt,
        answers: pending.answers, judge: selfCheckJudge(context.resources),
        clock: { [now = context.now] in now })
      engine.clock = { [now = context.now] in now }
      self.engine = engine
      sessionID = pending.record.id
      droppedOnResume = dropped
      mode = .step
      if droppedOnResume > 0 {
        message = .dropped(count: droppedOnResume)
      }
      // Saving at once makes the stored path match the rebuilt one when answers were dropped.
      return ScreenOutcome(
        effects: [.save(engine, sessionID: pending.record.id)],
        logs: ["self-check: resume \(pending.record.id) dropped=\(droppedOnResume)"],
        changes: [.clearUnfinishedGuide])
    } catch {
      mode = .chooseSymptom
      message = SelfCheckMessage(error)
      return ScreenOutcome(
        effects: [.abandon(sessionID: pending.record.id, at: context.now)],
        changes: [.clearUnfinishedGuide])
    }
  }

  private mutating func begin(_ index: Int, _ context: ScreenContext) -> ScreenOutcome<Effect> {
    guard guide.starts.indices.contains(index) else { return .none }
    symptomSelection = index
    do {
      let engine = try GuideEngine(
        guide: guide, symptom: guide.starts[index].symptom,
        judge: selfCheckJudge(context.resources), clock: { [now = context.now] in now })
      self.engine = engine
      sessionID = context.freshID
      mode = .step
      message = nil
      field.clear()
      return ScreenOutcome(effects: [.begin(engine, sessionID: context.freshID)])
    } catch {
      message = SelfCheckMessage(error)
      return .none
    }
  }

  private mutating func back(_ context: ScreenContext) -> ScreenOutcome<Effect> {
    guard var engine, let id = sessionID else {
      mode = .chooseSymptom
      return .none
    }
    message = nil
    field.clear()
    if engine.back() {
      self.engine = engine
      return ScreenOutcome(effects: [.save(engine, sessionID: id)])
    }
    // Back from the first step: nothing was answered, so the session is set aside.
    self.engine = nil
    sessionID = nil
    mode = .chooseSymptom
    return ScreenOutcome(effects: [.abandon(sessionID: id, at: context.now)])
  }

  /// An answer to the current step, or a changed answer on the summary.
  private mutating func answer(_ reply: GuideReply, _ context: ScreenContext) -> ScreenOutcome<
    Effect
  > {
    guard var engine else {
      mode = .chooseSymptom
      return .none
    }
    engine.clock = { [now = context.now] in now }
    let guided = guidedActions(reply, engine)
    do {
      if case .change(let index) = mode {
        try engine.change(answerAt: index, to: reply)
      } else {
        try engine.answer(reply)
      }
    } catch {
      message = SelfCheckMessage(error)
      return .none
    }
    self.engine = engine
    field.clear()
    message = nil
    let save = ScreenOutcome<Effect>(
      effects: [.save(engine, sessionID: sessionID ?? "")],
      changes: [.countTrainingStep] + (guided.isEmpty ? [] : [.actAsGuided(guided)]))
    switch engine.outcome {
    case .escalated?:
      return save.then(
        .go(
          .escalation(sessionID: sessionID),
          logs: ["self-check: escalate session \(sessionID ?? "-")"]))
    case .resolved?, .notResolved?: mode = .report(ScrollView())
    case nil: mode = .step
    }
    return save
  }
}

extension SelfCheckSession {
  /// What answering the current step says the cashier did at the counter: an instruction
  /// confirmed done, or a "do this, then try: does it work?" question answered, stands for
  /// its actions (as the prover walks it). A changed answer on the summary does nothing again.
  fileprivate func guidedActions(_ reply: GuideReply, _ engine: GuideEngine) -> [ShopAction] {
    guard case .step = mode, let step = engine.currentStep else { return [] }
    switch (step.kind, reply) {
    case (.instruction, .done), (.question, .option), (.terminalCheck, .option):
      return step.binding.actions.compactMap(ShopAction.init(rawValue:))
    default:
      return []
    }
  }
}
