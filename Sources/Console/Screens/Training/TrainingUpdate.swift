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

/// Home entry 6: straight to the menu while training is on, else the PIN.
func openTraining(_ state: AppState) -> (AppState, [AppEffect]) {
  var next = state
  let page: TrainingPage = state.training == nil ? .pin(.enter, typed: "") : .menu(selection: 0)
  next.screen = .training(TrainingScreen(page: page))
  return (next, [.training(.open)])
}

/// Keys on the training screens.
func updateTraining(_ state: AppState, _ screen: TrainingScreen, _ key: Key) -> (
  AppState, [AppEffect]
) {
  var next = state
  var screen = screen
  screen.notice = nil
  var effects: [AppEffect] = []
  switch screen.page {
  case .pin(let purpose, let typed):
    switch key {
    case .escape:
      next.screen =
        state.training == nil
        ? .home : .training(TrainingScreen(page: .menu(selection: 0), scenarios: screen.scenarios))
      return (next, [])
    case .backspace: screen.page = .pin(purpose, typed: String(typed.dropLast()))
    case .enter where !typed.isEmpty:
      screen.page = .pin(purpose, typed: "")
      switch purpose {
      case .enter, .leave: effects = [.training(.checkPIN(typed, purpose))]
      case .setNew:
        do {
          try TrainerPINPolicy.check(typed)
          screen.page = .pin(.confirmNew(first: typed), typed: "")
        } catch {
          screen.notice = .badPIN(error)
        }
      case .confirmNew(let first):
        if first == typed {
          effects = [.training(.setPIN(typed))]
        } else {
          screen.notice = .pinsDiffer
          screen.page = .pin(.setNew, typed: "")
        }
      }
    default:
      if let digit = key.digit, typed.count < TrainerPINPolicy.maximumLength {
        screen.page = .pin(purpose, typed: typed + String(digit))
      }
    }
  case .menu(let selection):
    let entries = TrainingMenuEntry.allCases
    var chosen: TrainingMenuEntry?
    switch key {
    case .up: screen.page = .menu(selection: (selection + entries.count - 1) % entries.count)
    case .down, .tab: screen.page = .menu(selection: (selection + 1) % entries.count)
    case .enter: chosen = entries[min(selection, entries.count - 1)]
    case .escape:
      next.screen = .home
      return (next, [])
    default: chosen = key.digit.flatMap(TrainingMenuEntry.init(rawValue:))
    }
    if let chosen {
      switch chosen {
      case .run: screen.page = .trainee(typed: next.training?.trainee ?? "", then: .pickScenario)
      case .series: screen.page = .trainee(typed: next.training?.trainee ?? "", then: .randomSeries)
      case .practice: screen.page = .practice(selection: 0, faults: next.training?.faults ?? [])
      case .report:
        screen.page = .report([])
        effects = [.training(.loadReport)]
      case .leave: screen.page = .pin(.leave, typed: "")
      }
    }
  case .trainee(let typed, let then):
    switch key {
    case .escape: screen.page = .menu(selection: 0)
    case .backspace: screen.page = .trainee(typed: String(typed.dropLast()), then: then)
    case .enter:
      let name = typed.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else { break }
      next.training?.trainee = name
      if screen.scenarios.isEmpty {
        screen.notice = .noScenarios
        screen.page = .menu(selection: 0)
        break
      }
      switch then {
      case .pickScenario: screen.page = .scenarioList(selection: 0)
      case .randomSeries:
        var ids = randomSeries(screen.scenarios, seed: state.options.seed, salt: name)
        let first = ids.removeFirst()
        next.training?.series = ids
        (next, screen, effects) = beginRun(next, screen, scenarioID: first)
      }
    case .character(let c) where DisplayWidth.of(typed) < 24 && !c.isNewline:
      screen.page = .trainee(typed: typed + String(c), then: then)
    default: break
    }
  case .scenarioList(let selection):
    let count = screen.scenarios.count
    switch key {
    case .escape: screen.page = .menu(selection: 0)
    case .up: screen.page = .scenarioList(selection: max(0, selection - 1))
    case .down: screen.page = .scenarioList(selection: min(count - 1, selection + 1))
    case .pageUp: screen.page = .scenarioList(selection: max(0, selection - 10))
    case .pageDown: screen.page = .scenarioList(selection: min(count - 1, selection + 10))
    case .enter where selection < count:
      next.training?.series = []
      (next, screen, effects) = beginRun(next, screen, scenarioID: screen.scenarios[selection].id)
    default: break
    }
  case .practice(let selection, let faults):
    let all = ScanFault.allCases
    switch key {
    case .escape: screen.page = .menu(selection: 0)
    case .up: screen.page = .practice(selection: max(0, selection - 1), faults: faults)
    case .down:
      screen.page = .practice(selection: min(all.count - 1, selection + 1), faults: faults)
    case .character(" "):
      var toggled = faults
      let fault = all[min(selection, all.count - 1)]
      if toggled.contains(fault) { toggled.remove(fault) } else { toggled.insert(fault) }
      screen.page = .practice(selection: selection, faults: toggled)
    case .enter:
      // Free practice: the chosen faults go on and the trainee works any flow from home.
      next.training?.scenario = nil
      next.training?.faults = faults
      next.options.faults = faults
      next.screen = .home
      return (next, [.log("training practice faults \(faults.sorted().map(\.rawValue))")])
    default: break
    }
  case .run(let shown):
    let hints = next.training?.scenario?.hints ?? []
    switch key {
    case .character("h"), .character("H"):
      if shown < hints.count {
        screen.page = .run(hintsShown: shown + 1)
        next.training?.hintsUsed = shown + 1
      }
    case .character("d"), .character("D"), .enter: screen.page = .declare(selection: 0)
    case .escape:
      next.training?.scenario = nil
      next.training?.series = []
      screen.page = .menu(selection: 0)
    default: break
    }
  case .declare(let selection):
    let verdicts = trainingVerdicts(next.resources.guides)
    switch key {
    case .escape: screen.page = .run(hintsShown: next.training?.hintsUsed ?? 0)
    case .up: screen.page = .declare(selection: max(0, selection - 1))
    case .down: screen.page = .declare(selection: min(max(0, verdicts.count - 1), selection + 1))
    case .pageUp: screen.page = .declare(selection: max(0, selection - 10))
    case .pageDown:
      screen.page = .declare(selection: min(max(0, verdicts.count - 1), selection + 10))
    case .enter where selection < verdicts.count:
      if let mode = next.training {
        effects = [.training(.finishRun(mode, declared: verdicts[selection].id))]
      }
    default: break
    }
  case .result:
    if key == .enter || key == .escape {
      if let upcoming = next.training?.series.first {
        next.training?.series.removeFirst()
        (next, screen, effects) = beginRun(next, screen, scenarioID: upcoming)
      } else {
        next.training?.scenario = nil
        screen.page = .menu(selection: 0)
      }
    }
  case .report:
    if key == .escape || key == .enter { screen.page = .menu(selection: 0) }
  }
  if case .training = next.screen { next.screen = .training(screen) }
  return (next, effects)
}

/// Puts `scenarioID` on: faults switched on, counters reset, clock asked for.
private func beginRun(_ state: AppState, _ screen: TrainingScreen, scenarioID: String) -> (
  AppState, TrainingScreen, [AppEffect]
) {
  var next = state
  var screen = screen
  guard let scenario = screen.scenarios.first(where: { $0.id == scenarioID }) else {
    screen.notice = .noScenarios
    screen.page = .menu(selection: 0)
    return (next, screen, [])
  }
  next.training?.scenario = scenario
  next.training?.hintsUsed = 0
  next.training?.steps = 0
  next.training?.harmful = []
  next.training?.started = nil
  next.training?.faults = scenario.faults
  next.options.faults = scenario.faults
  screen.page = .run(hintsShown: 0)
  return (next, screen, [.training(.startRun), .log("training run \(scenario.id)")])
}

/// What the effect runner found, applied to the training screens.
func applyTrainingEvent(_ state: AppState, _ event: TrainingEvent) -> AppState {
  var next = state
  guard case .training(var screen) = state.screen else {
    if case .runStarted(let date) = event { next.training?.started = date }
    return next
  }
  switch event {
  case .opened(let hasPIN, let scenarios, let problem):
    screen.scenarios = scenarios
    screen.hasPIN = hasPIN
    if problem { screen.notice = .noDatabase }
    if !hasPIN, case .pin(.enter, _) = screen.page { screen.page = .pin(.setNew, typed: "") }
  case .pinChecked(let check, let purpose, let now):
    switch check {
    case .accepted:
      if purpose == .leave {
        next.training = nil
        next.options.faults = []
        next.screen = .home
        return next
      }
      next.training = TrainingMode()
      screen.page = .menu(selection: 0)
    case .refused(let left): screen.notice = .wrongPIN(triesLeft: left)
    case .locked(let until):
      screen.notice = .locked(minutes: max(1, Int((until.timeIntervalSince(now) + 59) / 60)))
    case .noPINSet: screen.page = .pin(.setNew, typed: "")
    }
  case .pinSet(let error):
    if let error {
      screen.notice = .badPIN(error)
      screen.page = .pin(.setNew, typed: "")
    } else {
      screen.hasPIN = true
      next.training = TrainingMode()
      screen.page = .menu(selection: 0)
    }
  case .runStarted(let date): next.training?.started = date
  case .runScored(let result, let score): screen.page = .result(result, score)
  case .runNotSaved(let result, let score):
    screen.page = .result(result, score)
    screen.notice = .saveFailed
  case .reportLoaded(let results): screen.page = .report(results)
  case .unavailable: screen.notice = .noDatabase
  }
  next.screen = .training(screen)
  return next
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
