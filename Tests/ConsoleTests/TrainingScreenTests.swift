import Foundation
import Model
import XCTest

@testable import Console

/// Training screens driven through `update`, checked as text at 80x24.
final class TrainingScreenTests: XCTestCase {
  private let size = ScreenSize(width: 80, height: 24)
  private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  private func resources() throws -> Resources {
    var r = Resources()
    r.guides = GuideLibrary.guides(GuideSourceFile.read(paths: [root + "/guides"]).files).guides
    r.codes = try PaymentCodeTable(contentsOfFile: root + "/data/payment-codes.toml")
    r.profile = try TerminalProfile(
      contentsOfFile: root + "/data/terminal-profiles/lakala-dianqian.toml")
    return r
  }

  private func scenarios() -> [TrainingScenario] {
    TrainingScenarioParser.load(directory: root + "/guides/scenarios").scenarios
  }

  private func type(_ state: inout AppState, _ text: String) {
    for c in text { _ = press(&state, .character(c)) }
  }

  /// Home → 6 → PIN accepted → menu.
  private func enteredTraining() throws -> AppState {
    var state = AppState(language: .en, size: size, resources: try resources())
    _ = press(&state, .character("6"))
    state =
      update(state, .training(.opened(hasPIN: true, scenarios: scenarios(), problem: false))).0
    type(&state, "246813")
    let effects = press(&state, .enter)
    guard case .training(.checkPIN("246813", .enter))? = effects.first else {
      XCTFail("\(effects)")
      return state
    }
    return update(state, .training(.pinChecked(.accepted, .enter, now: Date()))).0
  }

  func test_entry6_asksForThePIN_andShowsOnlyStars() throws {
    var state = AppState(language: .en, size: size)
    let effects = press(&state, .character("6"))
    XCTAssertTrue(effects.contains { if case .training(.open) = $0 { true } else { false } })
    type(&state, "246813")
    let screen = state.screenText
    XCTAssertTrue(screen.contains("Enter the trainer PIN"), screen)
    XCTAssertTrue(screen.contains("****"))
    XCTAssertFalse(screen.contains("246813"))
    XCTAssertNil(state.training)
  }

  func test_firstUse_setsThePINTwice() {
    var state = AppState(language: .en, size: size)
    _ = press(&state, .character("6"))
    state = update(state, .training(.opened(hasPIN: false, scenarios: [], problem: false))).0
    XCTAssertTrue(state.screenText.contains("First use"))
    type(&state, "135792")
    _ = press(&state, .enter)
    XCTAssertTrue(state.screenText.contains("again"))
    type(&state, "135792")
    let effects = press(&state, .enter)
    guard case .training(.setPIN("135792"))? = effects.first else { return XCTFail("\(effects)") }
  }

  func test_wrongPIN_isRefusedWithTriesLeft_andTrainingStaysOff() {
    var state = AppState(language: .en, size: size)
    _ = press(&state, .character("6"))
    type(&state, "2468")
    _ = press(&state, .enter)
    state = update(state, .training(.pinChecked(.refused(triesLeft: 4), .enter, now: Date()))).0
    XCTAssertTrue(state.screenText.contains("Wrong PIN; 4 tries left"))
    XCTAssertNil(state.training)
    XCTAssertFalse(state.screenText.contains("TRAINING"))
  }

  func test_rightPIN_opensTheMenu_andTheTrainingBarShowsOnEveryScreen() throws {
    var state = try enteredTraining()
    XCTAssertNotNil(state.training)
    XCTAssertTrue(state.screenText.contains("Start a run"))
    XCTAssertTrue(view(state).lines()[22].contains("TRAINING"))
    _ = press(&state, .escape)
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
    XCTAssertTrue(view(state).lines()[22].contains("TRAINING"), "bar stays on the home screen")
  }

  func test_permissionOffRun_declaresTheRightVerdict_andAsksToScoreIt() throws {
    var state = try enteredTraining()
    _ = press(&state, .character("1"))
    type(&state, "li")
    _ = press(&state, .enter)
    let index = try XCTUnwrap(scenarios().firstIndex { $0.id == "permission-off" })
    for _ in 0..<index { _ = press(&state, .down) }
    let start = press(&state, .enter)
    XCTAssertEqual(
      state.training?.started, testEnvironment.now, "the run starts at the input's time")
    XCTAssertFalse(start.isEmpty)
    XCTAssertEqual(state.training?.faults, [.permissionOff])
    XCTAssertEqual(state.options.faults, [], "training never changes the command line's faults")
    XCTAssertTrue(state.screenText.contains("Trainee li"), state.screenText)
    _ = press(&state, .character("h"))
    XCTAssertEqual(state.training?.hintsUsed, 1)
    _ = press(&state, .character("d"))
    let verdicts = trainingVerdicts(state.resources.guides)
    let target = try XCTUnwrap(verdicts.firstIndex { $0.id == "verdict.permission-off" })
    for _ in 0..<target { _ = press(&state, .down) }
    let effects = press(&state, .enter)
    guard case .training(.finishRun(let mode, let declared, _))? = effects.first else {
      return XCTFail("\(effects)")
    }
    XCTAssertEqual(declared, "verdict.permission-off")
    XCTAssertEqual(mode.trainee, "li")
    let scenario = try XCTUnwrap(mode.scenario)
    let run = TrainingRun(declaredCause: declared, steps: 3, seconds: 60, hintsUsed: mode.hintsUsed)
    let score = TrainingScore(run: run, scenario: scenario)
    let result = TrainingResult(
      trainee: "li", scenario: scenario, topic: "permission", date: Date(), run: run, score: score)
    state = update(state, .training(.runScored(result, score))).0
    let screen = state.screenText
    XCTAssertTrue(screen.contains("Score 95 / 100"), screen)
    XCTAssertTrue(screen.contains("Right cause"))
  }

  func test_leaving_needsThePIN() throws {
    var state = try enteredTraining()
    _ = press(&state, .character("0"))
    XCTAssertTrue(state.screenText.contains("to leave training"))
    type(&state, "246813")
    let effects = press(&state, .enter)
    guard case .training(.checkPIN(_, .leave))? = effects.first else {
      return XCTFail("\(effects)")
    }
    XCTAssertNotNil(state.training)
    state = update(state, .training(.pinChecked(.accepted, .leave, now: Date()))).0
    XCTAssertNil(state.training)
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
  }

  func test_report_drawsTraineesWithBarsAndSparklines() throws {
    var state = try enteredTraining()
    _ = press(&state, .character("4"))
    let scenario = try XCTUnwrap(scenarios().first)
    let results = [90, 40].map { points in
      let run = TrainingRun(declaredCause: scenario.cause, steps: 1, seconds: 1, hintsUsed: 0)
      var r = TrainingResult(
        trainee: "li", scenario: scenario, topic: "permission", date: Date(), run: run,
        score: TrainingScore(run: run, scenario: scenario))
      r.score = points
      return r
    }
    state = update(state, .training(.reportLoaded(results))).0
    let screen = state.screenText
    XCTAssertTrue(screen.contains("li"), screen)
    XCTAssertTrue(screen.contains("█▄"), screen)
    XCTAssertTrue(screen.contains("Transaction"), screen)
  }

  func test_trainingScreensFitAt60x20() throws {
    var state = try enteredTraining()
    state.size = ScreenSize(width: 60, height: 20)
    _ = press(&state, .character("3"))
    let lines = view(state).lines()
    XCTAssertEqual(lines.count, 20)
    XCTAssertTrue(lines[18].contains("TRAINING"))
  }
}
