import XCTest

@testable import Model

/// The documented scoring table of `TrainingScore`.
final class TrainingScoreTests: XCTestCase {
  private let scenario = TrainingScenario(
    id: "permission-off", title: LocalizedText(zh: "权限", en: "Permission"),
    faultIDs: ["permission-off"], presents: .walletCode("wechat"), cause: "verdict.permission-off",
    par: TrainingPar(steps: 5, seconds: 180), hints: [])

  private func score(
    _ cause: String = "verdict.permission-off", steps: Int = 5, seconds: Int = 180, hints: Int = 0,
    harmful: Set<HarmfulAction> = []
  ) -> TrainingScore {
    TrainingScore(
      run: TrainingRun(
        declaredCause: cause, steps: steps, seconds: seconds, hintsUsed: hints, harmful: harmful),
      scenario: scenario)
  }

  func test_rightCauseWithinPar_scoresFullMarks() {
    let s = score(steps: 3, seconds: 60)
    XCTAssertEqual(s.points, 100)
    XCTAssertTrue(s.correct)
    XCTAssertTrue(s.passed)
    XCTAssertEqual(s.deductions, [])
  }

  func test_wrongCause_costsFiftyAndFails() {
    let s = score("verdict.lens-dirty")
    XCTAssertEqual(s.points, 50)
    XCTAssertFalse(s.passed)
  }

  func test_stepsBeyondPar_costThreeEach_cappedAtTwentyOne() {
    XCTAssertEqual(score(steps: 7).points, 94)
    XCTAssertEqual(score(steps: 50).points, 79)
  }

  func test_timeBeyondPar_costsTwoPerStartedFifteenSeconds_cappedAtTwenty() {
    XCTAssertEqual(score(seconds: 181).points, 98)
    XCTAssertEqual(score(seconds: 210).points, 96)
    XCTAssertEqual(score(seconds: 5_000).points, 80)
  }

  func test_eachHint_costsFive() {
    XCTAssertEqual(score(hints: 2).points, 90)
  }

  func test_factoryResetBeforeBackup_costsHeavily() {
    let s = score(harmful: [.factoryResetBeforeBackup])
    XCTAssertEqual(s.points, 60)
    XCTAssertEqual(s.deductions, [.harmful(.factoryResetBeforeBackup, 40)])
    XCTAssertEqual(score(harmful: [.repeatedPowerCycling]).points, 90)
  }

  func test_scoreNeverGoesBelowZero() {
    let s = score(
      "verdict.glare", steps: 99, seconds: 9_999, hints: 9,
      harmful: [.factoryResetBeforeBackup, .repeatedPowerCycling])
    XCTAssertEqual(s.points, 0)
  }

  func test_deductions_readInBothLanguages() {
    let s = score("verdict.glare", hints: 1)
    XCTAssertEqual(s.deductions.map { $0.text(.en) }, ["Wrong cause  -50", "1 hints used  -5"])
    XCTAssertEqual(s.deductions.first?.text(.zh), "原因判断错误  -50")
  }
}
