import Foundation
import GRDB
import Model
import XCTest

final class RecordsExportTests: XCTestCase {
  private func filledFixture() throws -> RecordsFixture {
    let fixture = try RecordsFixture()
    try fixture.session("s1", outcome: "resolved", step: "verdict.lens-dirty", seconds: 95.5)
    try fixture.session("s2", outcome: "abandoned", step: "read.light", operatorID: "=HYPERLINK(1)")
    try fixture.session(
      "s3", start: "no-response", outcome: "escalated", step: "escalate.after-sales",
      verdicts: ["verdict.camera-broken"])
    try CaseStore(database: fixture.database).open(
      RecordedCase(
        id: "c1", sessionID: "s3", openedAt: RecordsFixture.now,
        context: SessionContext(terminalID: "T1"),
        summary: "第一行\n第二行, \"引号\""))
    try CareStore(database: fixture.database).tick(.settle, at: RecordsFixture.now)
    return fixture
  }

  private func export(_ fixture: RecordsFixture) throws -> String {
    var out = ""
    for table in RecordsTable.allCases {
      try RecordsExport().write(table, format: .json, on: fixture.database) { out += $0 }
    }
    return out
  }

  func test_exportThenImportIntoAnEmptyDataDir_givesIdenticalStats() throws {
    let fixture = try filledFixture()
    let text = try export(fixture)
    let restored = try AppDatabase()
    let counts = try RecordsImport().run(lines: text.split(separator: "\n"), into: restored)
    XCTAssertEqual(counts[.sessions], 3)
    XCTAssertEqual(counts[.cases], 1)
    let stats = { (database: AppDatabase) in
      try RecordsStatsQuery(hardwareVerdicts: ["verdict.camera-broken"]).run(
        on: database, now: RecordsFixture.now)
    }
    XCTAssertEqual(try stats(restored), try stats(fixture.database))
    XCTAssertEqual(
      try CaseStore(database: restored).recordedCase("c1")?.summary, "第一行\n第二行, \"引号\"")
    // And the export of the restore is the export, byte for byte.
    XCTAssertEqual(try export(RecordsFixtureCopy(database: restored).fixture), text)
  }

  func test_importIntoADataDirWithRecords_isRefused_andAddsNothing() throws {
    let fixture = try filledFixture()
    let text = try export(fixture)
    XCTAssertThrowsError(
      try RecordsImport().run(lines: text.split(separator: "\n"), into: fixture.database)
    ) {
      XCTAssertEqual($0 as? RecordsImport.Problem, .notEmpty(table: "sessions", rows: 3))
    }
  }

  func test_aBadLineNamesItsNumber_andNothingIsRestored() throws {
    let fixture = try filledFixture()
    var lines = try export(fixture).split(separator: "\n").map(String.init)
    lines.insert("{\"table\":\"sessions\",\"row\":{\"nosuch\":1}}", at: 2)
    let restored = try AppDatabase()
    XCTAssertThrowsError(
      try RecordsImport().run(lines: lines.map { Substring($0) }, into: restored)
    ) {
      XCTAssertEqual(
        $0 as? RecordsImport.Problem, .badLine(line: 3, reason: "sessions has no column nosuch"))
    }
    XCTAssertThrowsError(try RecordsImport().run(lines: ["not json"], into: restored)) {
      XCTAssertEqual($0 as? RecordsImport.Problem, .badLine(line: 1, reason: "not a JSON object"))
    }
    XCTAssertEqual(
      try restored.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM guideSession") }, 0
    )
  }

  func test_csvQuotesAndDisarmsFormulas() throws {
    let fixture = try filledFixture()
    var sessions = ""
    try RecordsExport().write(.sessions, format: .csv, on: fixture.database) { sessions += $0 }
    XCTAssertTrue(sessions.hasPrefix("id,guideID,symptom,"))
    XCTAssertTrue(sessions.contains(",'=HYPERLINK(1),"), sessions)
    var cases = ""
    try RecordsExport().write(.cases, format: .csv, on: fixture.database) { cases += $0 }
    XCTAssertTrue(cases.contains("\"第一行\n第二行, \"\"引号\"\"\""), cases)
  }

  func test_progressIsReportedEveryChunk_andAtTheEnd() throws {
    let fixture = try filledFixture()
    var seen: [Int] = []
    try RecordsExport().write(
      .sessions, format: .json, on: fixture.database, progressEvery: 2,
      progress: { seen.append($0) }, write: { _ in })
    XCTAssertEqual(seen, [2, 3])
    XCTAssertEqual(try RecordsExport().counts(fixture.database)[.sessions], 3)
  }
}

/// A fixture over an existing database, to export what was restored.
private struct RecordsFixtureCopy {
  let database: AppDatabase
  var fixture: RecordsFixture { RecordsFixture(database: database) }
}
