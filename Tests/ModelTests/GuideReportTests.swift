import Foundation
import Model
import XCTest

final class GuideReportTests: XCTestCase {
  private func finishedPermissionRun() throws -> GuideEngine {
    var run = try GuideEngine(
      guide: try GuideFixtures.shippedGuide(), symptom: "payment-fails",
      clock: SteppingClock().clock)
    try run.answer(.option(0))
    try run.answer(.option(0))
    try run.answer(.fixed(true))
    return run
  }

  func test_textReport_listsSymptomEveryAnswerFindingsVerdictAndDuration() throws {
    let report = GuideReport(engine: try finishedPermissionRun(), sessionID: "case-7")
    let text = report.text(.en, timeZone: TimeZone(identifier: "UTC") ?? .current)
    XCTAssertTrue(text.contains("Symptom: Code reads, but payment fails with a message or code"))
    XCTAssertTrue(text.contains("Duration: 30 s"))
    XCTAssertTrue(
      text.contains("Outcome: resolved — Scan payments switched off (response code 58)"))
    XCTAssertTrue(text.contains("1. 08:00:10  Do not scan again yet"), text)
    XCTAssertTrue(text.contains("→ Scan payment: off  [perm.check]"))
    XCTAssertTrue(text.contains("→ Fixed  [verdict.permission-off]"))
    XCTAssertTrue(text.contains("Transaction permission  problem found"))
    XCTAssertTrue(text.contains("Verdict: Scan payments switched off (response code 58)"))
    XCTAssertTrue(text.contains("95016"))
  }

  func test_chineseReport_alignsTopicsByDisplayWidth() throws {
    let report = GuideReport(engine: try finishedPermissionRun(), sessionID: "case-7")
    let text = report.text(.zh, timeZone: TimeZone(identifier: "UTC") ?? .current)
    XCTAssertTrue(text.contains("症状：") || text.contains("症状: "))
    let rows = text.split(separator: "\n").filter { $0.hasSuffix("未检查") || $0.hasSuffix("发现问题") }
    XCTAssertEqual(rows.count, GuideTopic.allCases.count)
    let statusColumns = Set(
      rows.map { row in
        DisplayWidth.of(row) - DisplayWidth.of(row.hasSuffix("未检查") ? "未检查" : "发现问题")
      })
    XCTAssertEqual(statusColumns.count, 1, "\(rows)")
  }

  func test_jsonReport_carriesBothLanguagesAndTheOutcome() throws {
    let report = GuideReport(engine: try finishedPermissionRun(), sessionID: "case-7")
    let data = Data(report.json().utf8)
    let decoded = try JSONDecoder.iso8601.decode(GuideReport.self, from: data)
    XCTAssertEqual(decoded, report)
    let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    XCTAssertEqual(object["state"] as? String, "resolved")
    XCTAssertEqual(object["durationSeconds"] as? Int, 30)
    XCTAssertEqual((object["checks"] as? [Any])?.count, 3)
    XCTAssertEqual(
      (object["verdict"] as? [String: Any])?["id"] as? String, "verdict.permission-off")
  }

  func test_openSession_reportsWhereItWaits() throws {
    var run = try GuideEngine(
      guide: try GuideFixtures.shippedGuide(), symptom: "all-fail", clock: SteppingClock().clock)
    try run.answer(.option(4))
    let report = GuideReport(engine: run, sessionID: "x", state: .open)
    XCTAssertEqual(report.state, .open)
    XCTAssertEqual(report.currentStep, "net.status")
    XCTAssertTrue(report.text(.en).contains("Waiting at: net.status"))
    XCTAssertNil(report.verdict)
  }
}

extension JSONDecoder {
  static var iso8601: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }
}

final class GuideReportRequestTests: XCTestCase {
  func test_reportLast_printsTheLatestSessionWithEveryAnswer() throws {
    let guide = try GuideFixtures.shippedGuide()
    let store = GuideSessionStore(database: try AppDatabase())
    var run = try GuideEngine(guide: guide, symptom: "payment-fails", clock: SteppingClock().clock)
    let id = try store.begin(run, id: "case-9")
    for reply in [GuideReply.option(0), .option(0)] {
      try run.answer(reply)
      try store.save(run, session: id)
    }
    let request = GuideReportRequest(selection: .last, format: .text, language: .en)
    let result = request.run(store: store, guides: [guide])
    XCTAssertEqual(result.exitCode, 0)
    XCTAssertTrue(result.output.contains("Session: case-9"))
    XCTAssertTrue(result.output.contains("[fail.message]"))
    XCTAssertTrue(result.output.contains("[perm.check]"))
    XCTAssertTrue(result.output.contains("Waiting at: verdict.permission-off"))
  }

  func test_reportOfMissingSession_exitsOne_andWithoutGuideExitsTwo() throws {
    let guide = try GuideFixtures.shippedGuide()
    let store = GuideSessionStore(database: try AppDatabase())
    let missing = GuideReportRequest(selection: .session("nope"), format: .json, language: .en)
      .run(store: store, guides: [guide])
    XCTAssertEqual(missing.exitCode, 1)
    XCTAssertTrue(missing.error.contains("nope"))
    try store.begin(try GuideEngine(guide: guide, symptom: "all-fail"), id: "a")
    let noGuide = GuideReportRequest(selection: .last, format: .text, language: .zh)
      .run(store: store, guides: [])
    XCTAssertEqual(noGuide.exitCode, 2)
  }
}
