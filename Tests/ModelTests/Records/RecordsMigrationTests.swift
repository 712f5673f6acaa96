import Foundation
import GRDB
import Model
import XCTest

final class RecordsMigrationTests: TemporaryFolderTestCase {
  /// A data dir written by the console before records were kept: every session is still
  /// there, an abandoned one says where it was left, and the verdicts its answers reached count.
  func test_sessionsRecordedBeforeRecords_areKeptAndFilledIn() throws {
    let path = folder + "/pos-console.sqlite"
    let old = try DatabaseQueue(path: path)
    var migrator = DatabaseMigrator()
    SimulatorSchema.register(&migrator)
    GuideSchema.register(&migrator)
    MerchantSchema.register(&migrator)
    TrainingSchema.register(&migrator)
    try migrator.migrate(old)
    let day = Date(timeIntervalSince1970: 1_780_000_000)
    try old.write { db in
      for (id, outcome) in [("s1", "abandoned"), ("s2", "resolved")] {
        try db.execute(
          sql: """
            INSERT INTO guideSession (id, guideID, symptom, startedAt, updatedAt, outcome, outcomeStep)
            VALUES (?, 'scan-selfcheck', 'light-no-read', ?, ?, ?, ?)
            """,
          arguments: [id, day, day, outcome, outcome == "resolved" ? "verdict.lens-dirty" : nil])
        for (position, step) in ["read.window", "verdict.lens-dirty", "read.light"].enumerated() {
          try db.execute(
            sql: """
              INSERT INTO guideAnswer (sessionID, position, stepID, response, answeredAt)
              VALUES (?, ?, ?, '{}', ?)
              """, arguments: [id, position, step, day])
        }
      }
    }
    try old.close()

    let database = try AppDatabase(path: path)
    let rows = try database.writer.read { db in
      try Row.fetchAll(db, sql: "SELECT id, outcomeStep FROM guideSession ORDER BY id")
    }
    XCTAssertEqual(rows.map { $0["outcomeStep"] as String? }, ["read.light", "verdict.lens-dirty"])
    let stats = try RecordsStatsQuery().run(on: database, now: day)
    XCTAssertEqual(stats.sessions, 2)
    XCTAssertEqual(stats.verdicts, [RecordsStats.Tally(name: "verdict.lens-dirty", count: 2)])
    XCTAssertEqual(stats.endings, [RecordsStats.Tally(name: "read.light", count: 1)])
  }

  func test_aSessionBegunWithItsContext_keepsIt_andItsVerdicts() throws {
    let database = try AppDatabase()
    let guide = try GuideFixtures.shippedGuide()
    let clock = SteppingClock()
    let store = GuideSessionStore(database: database)
    var run = try GuideEngine(guide: guide, symptom: "light-no-read", clock: clock.clock)
    let id = try store.begin(
      run, id: "s1",
      context: SessionContext(
        guideVersion: "g1", terminalID: "10420001", operatorID: "02", storeID: "S9"))
    try run.answer(.option(0))
    try store.save(run, session: id)
    let row = try XCTUnwrap(
      try database.writer.read { try Row.fetchOne($0, sql: "SELECT * FROM guideSession") })
    XCTAssertEqual(row["terminalID"] as String?, "10420001")
    XCTAssertEqual(row["operatorID"] as String?, "02")
    XCTAssertEqual(row["guideVersion"] as String?, "g1")
    let verdicts = try database.writer.read {
      try String.fetchAll($0, sql: "SELECT verdict FROM guideVerdict WHERE terminalID = '10420001'")
    }
    // A smudged window leads to the dirty-window verdict: on show, so reached.
    XCTAssertEqual(verdicts, ["verdict.lens-dirty"])
    try store.abandon(session: id, at: clock.now(), step: "read.light")
    XCTAssertEqual(
      try database.writer.read {
        try String.fetchOne($0, sql: "SELECT outcomeStep FROM guideSession")
      },
      "read.light")
  }
}

final class GuideFingerprintTests: XCTestCase {
  func test_theSameGuideHasOneName_andAChangedLabelAnother() throws {
    let guide = try GuideFixtures.shippedGuide()
    XCTAssertEqual(
      GuideFingerprint.of(guide), GuideFingerprint.of(try GuideFixtures.shippedGuide()))
    XCTAssertTrue(GuideFingerprint.of(guide).hasPrefix("g-"))
    XCTAssertEqual(GuideFingerprint.of(guide).count, 18)
    var changed = guide
    changed.starts[0].title.en += "!"
    XCTAssertNotEqual(GuideFingerprint.of(changed), GuideFingerprint.of(guide))
  }
}
