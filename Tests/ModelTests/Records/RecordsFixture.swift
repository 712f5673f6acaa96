import Foundation
import GRDB
import Model

/// Writes sessions straight into the records tables, as a console would have over months, so
/// the stats tests can set up exactly the history they need.
struct RecordsFixture {
  let database: AppDatabase
  /// A fixed "now" for every test: 2026-06-30 12:00 UTC.
  static let now = Date(timeIntervalSince1970: 1_782_820_800)

  init() throws {
    database = try AppDatabase()
  }

  init(database: AppDatabase) {
    self.database = database
  }

  /// One session started `daysAgo` days before `now`, lasting `seconds`.
  func session(
    _ id: String, start: String = "light-no-read", outcome: String?, step: String? = nil,
    daysAgo: Double = 1, seconds: Double = 120, terminal: String? = "T1",
    operatorID: String? = "01",
    version: String? = "v1", merchant: String? = "822581054110001", verdicts: [String]? = nil
  ) throws {
    let started = Self.now.addingTimeInterval(-daysAgo * 86_400)
    let finished = outcome == nil ? nil : started.addingTimeInterval(seconds)
    try database.writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO guideSession (id, guideID, symptom, startedAt, updatedAt, finishedAt, outcome,
            outcomeStep, guideVersion, terminalID, operatorID, storeID, merchantNumber)
          VALUES (?, 'scan-selfcheck', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'S1', ?)
          """,
        arguments: [
          id, start, started, finished ?? started, finished, outcome, step, version, terminal,
          operatorID, merchant,
        ])
      // The verdicts reached: those named, or the step a resolved or not-resolved session
      // ended on.
      let reached =
        verdicts ?? (step.map { $0.hasPrefix("verdict.") ? [$0] : [] } ?? [])
      for (position, verdict) in reached.enumerated() {
        try db.execute(
          sql: """
            INSERT INTO guideVerdict (sessionID, position, verdict, terminalID, startedAt)
            VALUES (?, ?, ?, ?, ?)
            """, arguments: [id, position, verdict, terminal, started])
      }
    }
  }

  func stats(
    since: Date? = nil, until: Date? = nil, hardware: Set<String> = ["verdict.camera-broken"],
    scenarios: [String: [String]] = [:]
  ) throws -> RecordsStats {
    try RecordsStatsQuery(
      since: since, until: until, hardwareVerdicts: hardware, scenariosByVerdict: scenarios
    ).run(on: database, now: Self.now)
  }
}
