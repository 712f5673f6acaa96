import Foundation
import Model

/// The trainer menu's entries, in the order drawn; the digit chooses.
enum TrainingMenuEntry: Int, CaseIterable, Sendable {
  case run = 1
  case series = 2
  case practice = 3
  case report = 4
  case leave = 0
}

/// How many scenarios a random series runs.
let trainingSeriesLength = 3

extension TrainingScreen: ScreenComponent {
  typealias Effect = TrainingEffect
  typealias Event = TrainingEvent

  /// Home 6.
  static let homeEntry = HomeMenuItem(
    number: 6, label: .entryTraining, info: .entryTrainingInfo, opens: .training)

  enum Command {
    case back
    case typePIN(Int)
    case deletePIN
    case submitPIN
    case move(MenuList.Move)
    case choose(TrainingMenuEntry)
    case chooseSelected
    case typeName(Character)
    case deleteName
    case submitName
    case toggleFault
    case startPractice
    case hint
    case declare
    case openTerminal
    case openSelfCheck
    case next
    case openCounter(CounterPanel.Kind)
    case counter(CounterPanel.Command)
  }

  /// Home entry 6: straight to the menu while training is on, else the PIN; back from
  /// the terminal or the self-check during a run, straight to the run.
  static func open(_ context: ScreenContext) -> (Self, ScreenOutcome<Effect>) {
    let page: TrainingPage
    if let training = context.training {
      page = training.scenario != nil ? .run(hintsShown: training.hintsUsed) : .menu(selection: 0)
    } else {
      page = .pin(.enter, typed: .pinField)
    }
    return (TrainingScreen(page: page), ScreenOutcome(effects: [.open]))
  }

  /// Leaving training to quit: the PIN first (home 0 and q while training is on).
  static func openToQuit() -> (Self, ScreenOutcome<Effect>) {
    (TrainingScreen(page: .pin(.quit, typed: .pinField)), ScreenOutcome(effects: [.open]))
  }

  func title(_ context: ScreenContext) -> String {
    "\(Self.homeEntry.number) " + UIText.trainingTitle(context.language)
  }

  func notices(_ context: ScreenContext) -> [Notice] {
    let sights = sight.map { [$0.notice(context.language)] } ?? []
    return sights + (notice.map { [Notice(text: $0.text(context.language), role: .warning)] } ?? [])
  }

  func draw(_ context: ScreenContext, into canvas: inout Canvas) {
    drawTraining(self, context, into: &canvas)
  }

  func bindings(_ context: ScreenContext) -> [KeyBinding<Command>] {
    let back = KeyBinding<Command>([.escape], "Esc", .keyBack, .back)
    let arrows = KeyBinding<Command>(.keys([.up, .down]), "↑↓", .keyMove) {
      $0 == .up ? .move(.up) : .move(.down)
    }
    let pages = KeyBinding<Command>(
      .keys([.pageUp, .pageDown]), "PgUp/PgDn", .keyMove, inKeyLine: false
    ) { $0 == .pageUp ? .move(.pageUp) : .move(.pageDown) }
    switch page {
    case .pin:
      return [
        KeyBinding(.digits, "0-9", .trainingKeyPIN) { $0.digit.map(Command.typePIN) },
        KeyBinding([.enter], "Enter", .keyConfirm, .submitPIN),
        KeyBinding([.backspace], "Backspace", .keyClear, .deletePIN), back,
      ]
    case .checking: return [back]
    case .menu:
      return [
        KeyBinding(.digits, "0-4", .keyChoose) {
          $0.digit.flatMap(TrainingMenuEntry.init(rawValue:)).map(Command.choose)
        },
        arrows, KeyBinding([.tab], "Tab", .keyMove, inKeyLine: false, .move(.down)),
        KeyBinding([.enter], "Enter", .keyOpen, .chooseSelected), back,
      ]
    case .trainee:
      return [
        KeyBinding([.enter], "Enter", .keyConfirm, .submitName),
        KeyBinding([.backspace], "Backspace", .keyClear, .deleteName), back,
        KeyBinding(.printable, "abc", .keyType, inKeyLine: false) {
          if case .character(let c) = $0 { return .typeName(c) }
          return nil
        },
      ]
    case .scenarioList, .declare:
      return [
        arrows, pages,
        KeyBinding([.enter], "Enter", isDeclare ? .keyConfirm : .keyStart, .chooseSelected), back,
      ]
    case .practice:
      return [
        arrows, KeyBinding([.character(" ")], "Space", .keyToggle, .toggleFault),
        KeyBinding([.enter], "Enter", .keyStart, .startPractice), back,
      ]
    case .run where counter != nil:
      return CounterPanel.bindings(Command.counter)
    case .run:
      return CounterPanel.openers(Command.openCounter) + [
        KeyBinding([.character("1")], "1", .entryScan, .openTerminal),
        KeyBinding([.character("2")], "2", .entrySelfCheck, .openSelfCheck),
        KeyBinding(.keys([.character("d"), .character("D"), .enter]), "D", .keyDeclare) { _ in
          .declare
        },
        KeyBinding([.character("h"), .character("H")], "H", .keyHint, .hint), back,
      ]
    case .result: return [KeyBinding(.keys([.enter, .escape]), "Enter", .keyNext) { _ in .next }]
    case .report: return [KeyBinding(.keys([.escape, .enter]), "Esc", .keyBack) { _ in .back }]
    }
  }

  private var isDeclare: Bool {
    if case .declare = page { return true }
    return false
  }

  mutating func perform(_ command: Command, _ context: ScreenContext) -> ScreenOutcome<Effect> {
    notice = nil
    sight = nil
    var mode = context.training
    let outcome = perform(command, &mode, context)
    guard !sameRun(mode, context.training) else { return outcome }
    return ScreenOutcome<Effect>(changes: [.setTraining(mode)]).then(outcome)
  }

  /// Applies `command`, changing the copy of training mode it is handed.
  private mutating func perform(
    _ command: Command, _ mode: inout TrainingMode?, _ context: ScreenContext
  ) -> ScreenOutcome<Effect> {
    switch (command, page) {
    case (.back, _): return back(&mode)
    case (.typePIN(let digit), .pin(let purpose, var typed)):
      typed.type(Character(String(digit)))
      page = .pin(purpose, typed: typed)
    case (.deletePIN, .pin(let purpose, var typed)):
      typed.deleteLast()
      page = .pin(purpose, typed: typed)
    case (.submitPIN, .pin(let purpose, let typed)) where !typed.isEmpty:
      return submitPIN(typed.text, purpose)
    case (.move(let move), _): moveSelection(move, context)
    case (.choose(let entry), .menu): return choose(entry, mode)
    case (.chooseSelected, .menu(let selection)):
      let entries = TrainingMenuEntry.allCases
      return choose(entries[min(selection, entries.count - 1)], mode)
    case (.typeName(let c), .trainee(var typed, let then)):
      typed.type(c)
      page = .trainee(typed: typed, then: then)
    case (.deleteName, .trainee(var typed, let then)):
      typed.deleteLast()
      page = .trainee(typed: typed, then: then)
    case (.submitName, .trainee(let typed, let then)):
      return submitName(typed.text, then, &mode, context)
    case (.chooseSelected, .scenarioList(let selection)) where selection < scenarios.count:
      mode?.series = []
      return beginRun(scenarios[selection].id, &mode, context)
    case (.chooseSelected, .declare(let selection)):
      let verdicts = trainingVerdicts(context.resources.guides)
      guard selection < verdicts.count else { return .none }
      return declare(verdicts[selection].id, &mode, guides: context.resources.guides)
    case (.openCounter(let kind), .run): counter = CounterPanel(kind)
    case (.counter(let command), .run): return answerCounter(command, mode)
    case (.toggleFault, .practice(let selection, var faults)):
      let fault = ScanFault.allCases[min(selection, ScanFault.allCases.count - 1)]
      if faults.contains(fault) { faults.remove(fault) } else { faults.insert(fault) }
      page = .practice(selection: selection, faults: faults)
    case (.startPractice, .practice(_, let faults)):
      // Free practice: the chosen faults go on and the trainee works any flow from home.
      mode?.scenario = nil
      mode?.faults = faults
      mode?.changedShop = nil
      mode?.actions = TrainingActionLog()
      return .go(.home, logs: ["training practice faults \(faults.sorted().map(\.rawValue))"])
    case (.hint, .run(let shown)):
      if shown < mode?.scenario?.hints.count ?? 0 {
        page = .run(hintsShown: shown + 1)
        mode?.hintsUsed = shown + 1
      }
    case (.declare, .run): page = .declare(selection: 0)
    case (.openTerminal, .run):
      if case .card = mode?.scenario?.presents { return .go(.cardSale) }
      return .go(.scanPayment)
    case (.openSelfCheck, .run): return .go(.selfCheck)
    case (.next, .result):
      if let upcoming = mode?.series.first {
        mode?.series.removeFirst()
        return beginRun(upcoming, &mode, context)
      }
      mode?.scenario = nil
      page = .menu(selection: 0)
    default: break
    }
    return .none
  }

  private mutating func back(_ mode: inout TrainingMode?) -> ScreenOutcome<Effect> {
    switch page {
    case .pin, .checking:
      // A check still running is dropped when it answers: the page no longer waits.
      if mode == nil { return .go(.home) }
      page = .menu(selection: 0)
    case .menu: return .go(.home)
    case .trainee, .scenarioList, .practice, .report: page = .menu(selection: 0)
    case .run:
      mode?.scenario = nil
      mode?.series = []
      page = .menu(selection: 0)
    case .declare: page = .run(hintsShown: mode?.hintsUsed ?? 0)
    case .result: break
    }
    return .none
  }

  private mutating func submitPIN(_ typed: String, _ purpose: PINPurpose) -> ScreenOutcome<Effect> {
    page = .pin(purpose, typed: .pinField)
    switch purpose {
    case .enter, .leave, .quit:
      page = .checking(purpose)
      return ScreenOutcome(effects: [.checkPIN(typed, purpose)])
    case .setNew:
      do {
        try TrainerPINPolicy.check(typed)
        page = .pin(.confirmNew(first: typed), typed: .pinField)
      } catch {
        notice = .badPIN(error)
      }
    case .confirmNew(let first):
      if first == typed {
        page = .checking(purpose)
        return ScreenOutcome(effects: [.setPIN(typed)])
      }
      notice = .pinsDiffer
      page = .pin(.setNew, typed: .pinField)
    }
    return .none
  }

  private mutating func moveSelection(_ move: MenuList.Move, _ context: ScreenContext) {
    func moved(_ selection: Int, count: Int, wraps: Bool) -> Int {
      MenuList.moving(selection, count: count, move, wraps: wraps)
    }
    switch page {
    case .menu(let selection):
      page = .menu(
        selection: moved(selection, count: TrainingMenuEntry.allCases.count, wraps: true))
    case .scenarioList(let selection):
      page = .scenarioList(selection: moved(selection, count: scenarios.count, wraps: false))
    case .practice(let selection, let faults):
      page = .practice(
        selection: moved(selection, count: ScanFault.allCases.count, wraps: false), faults: faults)
    case .declare(let selection):
      let count = trainingVerdicts(context.resources.guides).count
      page = .declare(selection: moved(selection, count: count, wraps: false))
    default: break
    }
  }

  private mutating func choose(_ entry: TrainingMenuEntry, _ mode: TrainingMode?) -> ScreenOutcome<
    Effect
  > {
    switch entry {
    case .run: page = .trainee(typed: .nameField(mode?.trainee ?? ""), then: .pickScenario)
    case .series: page = .trainee(typed: .nameField(mode?.trainee ?? ""), then: .randomSeries)
    case .practice: page = .practice(selection: 0, faults: mode?.faults ?? [])
    case .report:
      page = .report([])
      return ScreenOutcome(effects: [.loadReport])
    case .leave: page = .pin(.leave, typed: .pinField)
    }
    return .none
  }

  private mutating func submitName(
    _ typed: String, _ then: TraineeNext, _ mode: inout TrainingMode?, _ context: ScreenContext
  ) -> ScreenOutcome<Effect> {
    let name = typed.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { return .none }
    mode?.trainee = name
    if scenarios.isEmpty {
      notice = .noScenarios
      page = .menu(selection: 0)
      return .none
    }
    switch then {
    case .pickScenario:
      page = .scenarioList(selection: 0)
      return .none
    case .randomSeries:
      var ids = randomSeries(scenarios, seed: context.options.seed, salt: name)
      let first = ids.removeFirst()
      mode?.series = ids
      return beginRun(first, &mode, context)
    }
  }

  /// Puts `scenarioID` on: faults switched on, counters reset, the clock started.
  private mutating func beginRun(
    _ scenarioID: String, _ mode: inout TrainingMode?, _ context: ScreenContext
  ) -> ScreenOutcome<Effect> {
    guard let scenario = scenarios.first(where: { $0.id == scenarioID }) else {
      notice = .noScenarios
      page = .menu(selection: 0)
      return .none
    }
    mode?.scenario = scenario
    mode?.hintsUsed = 0
    mode?.steps = 0
    mode?.started = context.now
    mode?.faults = scenario.faults
    mode?.changedShop = nil
    mode?.actions = TrainingActionLog()
    mode?.declared = []
    page = .run(hintsShown: 0)
    return ScreenOutcome(logs: ["training run \(scenario.id)"])
  }

  mutating func receive(_ event: TrainingEvent, _ context: ScreenContext)
    -> ScreenOutcome<Effect>
  {
    switch event {
    case .opened(let hasPIN, let scenarios, let problem):
      self.scenarios = scenarios
      self.hasPIN = hasPIN
      if problem { notice = .noDatabase }
      if !hasPIN, case .pin(.enter, _) = page { page = .pin(.setNew, typed: .pinField) }
    case .pinChecked(let check, let purpose, let now):
      // Esc left the check: its late answer is dropped.
      guard case .checking(purpose) = page else { return .none }
      return pinChecked(check, purpose, now: now)
    case .pinSet(let error):
      guard case .checking = page else { return .none }
      if let error {
        notice = .badPIN(error)
        page = .pin(.setNew, typed: .pinField)
        return .none
      }
      hasPIN = true
      page = .menu(selection: 0)
      return ScreenOutcome(changes: [.setTraining(TrainingMode())])
    case .runScored(let result, let score): page = .result(result, score)
    case .runNotSaved(let result, let score):
      page = .result(result, score)
      notice = .saveFailed
    case .reportLoaded(let results): page = .report(results)
    case .unavailable:
      if case .checking(let purpose) = page { page = .pin(purpose, typed: .pinField) }
      notice = .noDatabase
    }
    return .none
  }

  private mutating func pinChecked(_ check: TrainerPINCheck, _ purpose: PINPurpose, now: Date)
    -> ScreenOutcome<Effect>
  {
    switch check {
    case .accepted:
      switch purpose {
      case .leave: return ScreenOutcome(navigation: .home, changes: [.setTraining(nil)])
      case .quit: return ScreenOutcome(navigation: .quit, changes: [.setTraining(nil)])
      case .enter, .setNew, .confirmNew:
        page = .menu(selection: 0)
        return ScreenOutcome(changes: [.setTraining(TrainingMode())])
      }
    case .refused(let left):
      notice = .wrongPIN(triesLeft: left)
      page = .pin(purpose, typed: .pinField)
    case .locked(let until):
      notice = .locked(minutes: max(1, Int((until.timeIntervalSince(now) + 59) / 60)))
      page = .pin(purpose, typed: .pinField)
    case .noPINSet: page = .pin(.setNew, typed: .pinField)
    }
    return .none
  }
}

/// Whether two training values are the same run state, so an unchanged one is not
/// written back.
private func sameRun(_ a: TrainingMode?, _ b: TrainingMode?) -> Bool {
  switch (a, b) {
  case (nil, nil): return true
  case (let a?, let b?):
    return a.trainee == b.trainee && a.scenario?.id == b.scenario?.id && a.started == b.started
      && a.hintsUsed == b.hintsUsed && a.steps == b.steps && a.actions == b.actions
      && a.faults == b.faults && a.series == b.series && a.changedShop == b.changedShop
      && a.declared == b.declared
  default: return false
  }
}

/// The verdicts a trainee can declare: every verdict step of the guides, in guide order.
func trainingVerdicts(_ guides: [Guide]) -> [GuideStep] {
  guides.flatMap { guide in
    guide.steps.filter {
      if case .verdict = $0.kind { return true }
      return false
    }
  }
}

/// A replayable random series: the seed and the trainee's name pick the scenarios.
func randomSeries(_ scenarios: [TrainingScenario], seed: UInt64, salt: String) -> [String] {
  var generator = SplitMix64(
    seed: salt.unicodeScalars.reduce(seed) { $0 &* 31 &+ UInt64($1.value) })
  return Array(scenarios.map(\.id).shuffled(using: &generator).prefix(trainingSeriesLength))
}
