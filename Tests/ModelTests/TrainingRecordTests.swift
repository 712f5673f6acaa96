import Foundation
import XCTest

@testable import Model

/// Training results in SQLite, and the report built from them.
final class TrainingRecordTests: XCTestCase {
  private let scenario = TrainingScenario(
    id: "permission-off", title: LocalizedText(zh: "权限", en: "Permission"),
    faultIDs: ["permission-off"], presents: .walletCode("wechat"), cause: "verdict.permission-off",
    par: TrainingPar(steps: 5, seconds: 180), hints: [])

  private func result(_ trainee: String, _ cause: String, day: Double, hints: Int = 0)
    -> TrainingResult
  {
    let run = TrainingRun(declaredCause: cause, steps: 4, seconds: 100, hintsUsed: hints)
    return TrainingResult(
      trainee: trainee, scenario: scenario, topic: "permission",
      date: Date(timeIntervalSince1970: 1_800_000_000 + day * 86_400), run: run,
      score: TrainingScore(run: run, scenario: scenario))
  }

  func test_results_roundTripPerTraineeInDateOrder() throws {
    let store = TrainingResultStore(database: try AppDatabase())
    try store.save(result("li", "verdict.permission-off", day: 2))
    try store.save(result("wang", "verdict.glare", day: 1))
    try store.save(result("li", "verdict.permission-off", day: 1, hints: 1))
    let li = try store.results(trainee: "li")
    XCTAssertEqual(li.map(\.score), [95, 100])
    XCTAssertEqual(try store.results().count, 3)
    XCTAssertEqual(try store.results(trainee: "wang").first?.correct, false)
  }

  func test_report_summarisesTraineesAndTopics_inTextCSVAndJSON() throws {
    let report = TrainingReport(results: [
      result("li", "verdict.permission-off", day: 1),
      result("li", "verdict.glare", day: 2),
    ])
    XCTAssertEqual(report.trainees.first?.average, 75)
    XCTAssertEqual(report.trainees.first?.topics.first?.topic, "permission")
    let text = report.text(.en)
    XCTAssertTrue(text.contains("Trainee li: 2 runs, average 75, best 100, last 50"), text)
    XCTAssertTrue(text.contains("█▄"), text)
    XCTAssertTrue(report.text(.zh).contains("交易权限"))
    let csv = report.csv.split(separator: "\n")
    XCTAssertEqual(csv.count, 3)
    XCTAssertTrue(csv[1].hasPrefix("li,2027-01-16T"), String(csv[1]))
    let json = try report.json()
    XCTAssertTrue(json.contains("\"trainee\" : \"li\""), json)
  }

  func test_csv_quotesNamesWithCommas() {
    let report = TrainingReport(results: [result("Li, Ming", "verdict.permission-off", day: 0)])
    XCTAssertTrue(report.csv.contains("\"Li, Ming\","))
  }

  func test_sparklineAndBar_scaleScores() {
    XCTAssertEqual(TrainingChart.sparkline([0, 50, 100], width: 10), "▁▄█")
    XCTAssertEqual(TrainingChart.sparkline([0, 50, 100], width: 2), "▄█")
    XCTAssertEqual(TrainingChart.bar(50, width: 10), "█████·····")
  }
}
