import Foundation
import GRDB
import GRDBSQLite

/// Computes `RecordsStats` from the records in the app database. Each figure is one grouped
/// SQLite query (the database does the counting), so a year of a chain's sessions takes a few
/// scans, not a row-by-row walk in Swift.
public struct RecordsStatsQuery: Sendable {
  public var since: Date?
  public var until: Date?
  /// Verdict step IDs that mean the unit itself is faulty (`RecordsHardware`).
  public var hardwareVerdicts: Set<String>
  /// Training scenario IDs by the verdict they practise (their cause), for the operators'
  /// suggestions.
  public var scenariosByVerdict: [String: [String]]
  /// The shop's offset from UTC, for the care items' days.
  public var utcOffsetSeconds: Int

  public init(
    since: Date? = nil, until: Date? = nil, hardwareVerdicts: Set<String> = [],
    scenariosByVerdict: [String: [String]] = [:], utcOffsetSeconds: Int = 0
  ) {
    self.since = since
    self.until = until
    self.hardwareVerdicts = hardwareVerdicts
    self.scenariosByVerdict = scenariosByVerdict
    self.utcOffsetSeconds = utcOffsetSeconds
  }

  public func run(on database: AppDatabase, now: Date) throws(RecordsStoreError) -> RecordsStats {
    try RecordsDatabaseAccess(database: database).read("compute stats") { db in
      try compute(db, now: now)
    }
  }

  /// The period as SQL: only the bounds given, so a query over all time names no column it
  /// does not need and is answered from its index alone.
  private var range: (sql: String, arguments: StatementArguments) {
    var clauses: [String] = []
    var arguments: StatementArguments = []
    if let since {
      clauses.append("startedAt >= ?")
      arguments += [since]
    }
    if let until {
      clauses.append("startedAt < ?")
      arguments += [until]
    }
    return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
  }

  /// `range` for the columns of table alias `alias`.
  private func range(of alias: String) -> String {
    range.sql.replacingOccurrences(of: "startedAt", with: "\(alias).startedAt")
  }

  private func compute(_ db: Database, now: Date) throws -> RecordsStats {
    let end = until ?? now
    let starts = try startResults(db, end: end)
    return RecordsStats(
      since: since, until: until, sessions: starts.reduce(0) { $0 + $1.total }, starts: starts,
      endings: try tallies(
        db, "COALESCE(outcomeStep, '')", where: "outcome = 'abandoned'"),
      verdicts: try Row.fetchAll(
        db,
        sql: """
          SELECT verdict, COUNT(*) AS n FROM guideVerdict WHERE \(range.sql)
          GROUP BY verdict ORDER BY n DESC, verdict
          """, arguments: range.arguments
      ).map { RecordsStats.Tally(name: $0["verdict"], count: $0["n"]) },
      guideVersions: try versions(db), terminals: try terminals(db, end: end),
      operators: try operators(db), openCases: try openCases(db, now: now),
      care: try care(db, end: end))
  }

  private func tallies(_ db: Database, _ expression: String, where condition: String) throws
    -> [RecordsStats.Tally]
  {
    try Row.fetchAll(
      db,
      sql: """
        SELECT \(expression) AS name, COUNT(*) AS n FROM guideSession
        WHERE \(condition) AND \(range.sql) GROUP BY 1 ORDER BY n DESC, name
        """, arguments: range.arguments
    ).map { RecordsStats.Tally(name: $0["name"] ?? "", count: $0["n"]) }
  }

  private func startResults(_ db: Database, end: Date) throws -> [RecordsStats.StartResult] {
    var results: [String: RecordsStats.StartResult] = [:]
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT symptom, outcome, COUNT(*) AS n FROM guideSession WHERE \(range.sql)
        GROUP BY symptom, outcome
        """, arguments: range.arguments)
    for row in rows {
      let start: String = row["symptom"]
      var result =
        results[start]
        ?? RecordsStats.StartResult(
          start: start, resolved: 0, notResolved: 0, escalated: 0, abandoned: 0, open: 0,
          medianSeconds: nil, p90Seconds: nil, weeklyMedians: [])
      let count: Int = row["n"]
      switch row["outcome"] as String? {
      case "resolved": result.resolved += count
      case "not-resolved": result.notResolved += count
      case "escalated": result.escalated += count
      case "abandoned": result.abandoned += count
      default: result.open += count
      }
      results[start] = result
    }
    try addTimes(db, to: &results, end: end)
    return results.values.sorted { ($0.total, $1.start) > ($1.total, $0.start) }
  }

  /// Time to a working unit per start: every resolved session's seconds, with its week of the
  /// period, fetched sorted so each start's quantiles are read off in one pass.
  private func addTimes(
    _ db: Database, to results: inout [String: RecordsStats.StartResult], end: Date
  )
    throws
  {
    let first =
      try since
      ?? Date.fetchOne(
        db, sql: "SELECT MIN(startedAt) FROM guideSession WHERE \(range.sql)",
        arguments: range.arguments) ?? end
    let weeks = max(1, Int((end.timeIntervalSince(first) / (7 * 86_400)).rounded(.up)))
    let statement = try db.makeStatement(
      sql: """
        SELECT symptom, \(RecordsIndexes.seconds) AS seconds,
          CAST((julianday(startedAt) - julianday(?)) / 7 AS INTEGER) AS week
        FROM guideSession WHERE outcome = 'resolved' AND \(range.sql)
        ORDER BY symptom, \(RecordsIndexes.seconds)
        """)
    try statement.setArguments([first] + range.arguments)
    var current: String?
    var currentBytes: [UInt8] = []
    var all: [Double] = []
    var byWeek: [[Double]] = []
    func flush() {
      guard let start = current, var result = results[start] else { return }
      result.medianSeconds = Quantile.nearestRank(0.5, ofSorted: all)
      result.p90Seconds = Quantile.nearestRank(0.9, ofSorted: all)
      result.weeklyMedians = byWeek.map { Quantile.nearestRank(0.5, ofSorted: $0) }
      results[start] = result
    }
    // A million rows: read straight from SQLite's columns (a GRDB Row each costs several times
    // the query), and make the start's String only when it changes.
    let raw = statement.sqliteStatement
    defer { sqlite3_reset(raw) }
    while true {
      let code = sqlite3_step(raw)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else {
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "stats: time to fix")
      }
      // A resolved session always has its end; a NULL would only come from a hand-edited row.
      guard sqlite3_column_type(raw, 1) != SQLITE_NULL, let text = sqlite3_column_text(raw, 0)
      else { continue }
      let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(raw, 0)))
      if current == nil || !bytes.elementsEqual(currentBytes) {
        flush()
        currentBytes = Array(bytes)
        current = String(decoding: currentBytes, as: UTF8.self)
        all.removeAll(keepingCapacity: true)
        byWeek = Array(repeating: [], count: weeks)
      }
      let seconds = sqlite3_column_double(raw, 1)
      all.append(seconds)
      let week = Int(sqlite3_column_int64(raw, 2))
      byWeek[min(max(week, 0), weeks - 1)].append(seconds)
    }
    flush()
  }

  private func versions(_ db: Database) throws -> [RecordsStats.VersionResult] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT guideVersion AS version, COUNT(*) AS n, SUM(outcome = 'resolved') AS resolved
        FROM guideSession WHERE \(range.sql) GROUP BY guideVersion ORDER BY guideVersion
        """, arguments: range.arguments
    ).map {
      RecordsStats.VersionResult(
        version: $0["version"] ?? "", sessions: $0["n"], resolved: $0["resolved"])
    }
  }

  private func terminals(_ db: Database, end: Date) throws -> [RecordsStats.TerminalResult] {
    var results: [String: RecordsStats.TerminalResult] = [:]
    let sessions = try Row.fetchAll(
      db,
      sql: """
        SELECT terminalID, COUNT(*) AS n FROM guideSession INDEXED BY guideSessionByTerminal
        WHERE terminalID IS NOT NULL AND \(range.sql) GROUP BY terminalID
        """, arguments: range.arguments)
    for row in sessions {
      let terminal: String = row["terminalID"]
      results[terminal] = RecordsStats.TerminalResult(
        terminal: terminal, merchantNumber: "", sessions: row["n"], causes: [],
        hardwareLast30Days: 0, flagged: false)
    }
    let causes = try Row.fetchAll(
      db,
      sql: """
        SELECT terminalID, verdict, COUNT(*) AS n FROM guideVerdict
        WHERE terminalID IS NOT NULL AND \(range.sql)
        GROUP BY terminalID, verdict ORDER BY terminalID, n DESC, verdict
        """, arguments: range.arguments)
    for row in causes {
      results[row["terminalID"]]?.causes.append(
        RecordsStats.Tally(name: row["verdict"], count: row["n"]))
    }
    if !hardwareVerdicts.isEmpty {
      let marks = Array(repeating: "?", count: hardwareVerdicts.count).joined(separator: ", ")
      let monthStart = end.addingTimeInterval(-30 * 86_400)
      let hardware = try Row.fetchAll(
        db,
        sql: """
          SELECT terminalID, COUNT(*) AS n FROM guideVerdict
          WHERE terminalID IS NOT NULL AND verdict IN (\(marks))
            AND startedAt >= ? AND startedAt < ?
          GROUP BY terminalID
          """,
        arguments: StatementArguments(hardwareVerdicts.sorted()) + [monthStart, end])
      for row in hardware {
        let terminal: String = row["terminalID"]
        let count: Int = row["n"]
        results[terminal]?.hardwareLast30Days = count
        results[terminal]?.flagged = count >= RecordsStats.replacementThreshold
      }
    }
    // The merchant number to quote, for the units to replace only: a lookup each, not a scan.
    for (terminal, result) in results where result.flagged {
      results[terminal]?.merchantNumber =
        try String.fetchOne(
          db,
          sql: """
            SELECT merchantNumber FROM guideSession WHERE terminalID = ?
              AND merchantNumber IS NOT NULL ORDER BY startedAt DESC LIMIT 1
            """, arguments: [terminal]) ?? ""
    }
    return results.values.sorted {
      ($0.flagged ? 1 : 0, $0.hardwareLast30Days, $1.terminal)
        > ($1.flagged ? 1 : 0, $1.hardwareLast30Days, $0.terminal)
    }
  }

  private func operators(_ db: Database) throws -> [RecordsStats.OperatorResult] {
    var results: [String: RecordsStats.OperatorResult] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT operatorID, COUNT(*) AS n, SUM(outcome = 'abandoned') AS abandoned
        FROM guideSession WHERE operatorID IS NOT NULL AND \(range.sql) GROUP BY operatorID
        """, arguments: range.arguments)
    {
      let id: String = row["operatorID"]
      results[id] = RecordsStats.OperatorResult(
        operatorID: id, sessions: row["n"], abandoned: row["abandoned"], wrongStarts: 0,
        rightStarts: [], practise: [])
    }
    // The session after each one on the same unit: a failed start put right at another start
    // minutes later means the first was the wrong start. Times are kept to the millisecond, so
    // half of one absorbs julianday's rounding at exactly the window's end.
    let wrong = try Row.fetchAll(
      db,
      sql: """
        SELECT s.operatorID, n.symptom AS nextSymptom, n.outcomeStep AS nextStep, COUNT(*) AS n
        FROM guideSession s JOIN guideSession n ON n.rowid = (
          SELECT x.rowid FROM guideSession x INDEXED BY guideSessionByTerminal
          WHERE x.terminalID = s.terminalID AND x.startedAt > s.startedAt
          ORDER BY x.startedAt LIMIT 1)
        WHERE (s.outcome IN ('abandoned', 'escalated', 'not-resolved') OR s.outcome IS NULL)
          AND s.terminalID IS NOT NULL AND s.operatorID IS NOT NULL AND \(range(of: "s"))
          AND n.outcome = 'resolved' AND n.symptom <> s.symptom
          AND (julianday(n.startedAt) - julianday(s.startedAt)) * 86400.0 <= ? + 0.0005
        GROUP BY 1, 2, 3 ORDER BY 1, n DESC, 2, 3
        """, arguments: range.arguments + [RecordsStats.wrongStartWindowSeconds])
    for row in wrong {
      let id: String = row["operatorID"]
      guard var result = results[id] else { continue }
      let start: String = row["nextSymptom"]
      let count: Int = row["n"]
      result.wrongStarts += count
      if let index = result.rightStarts.firstIndex(where: { $0.name == start }) {
        result.rightStarts[index].count += count
      } else {
        result.rightStarts.append(RecordsStats.Tally(name: start, count: count))
      }
      let verdict: String = row["nextStep"] ?? ""
      for scenario in scenariosByVerdict[verdict] ?? [] where !result.practise.contains(scenario) {
        result.practise.append(scenario)
      }
      results[id] = result
    }
    return results.values.sorted {
      ($0.wrongStarts + $0.abandoned, $1.operatorID) > (
        $1.wrongStarts + $1.abandoned, $0.operatorID
      )
    }
  }

  private func openCases(_ db: Database, now: Date) throws -> RecordsStats.OpenCaseAges {
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT SUM(age < 86400) AS day, SUM(age >= 86400 AND age < 604800) AS week,
          SUM(age >= 604800) AS older, MAX(age) AS oldest
        FROM (SELECT (julianday(?) - julianday(openedAt)) * 86400.0 AS age FROM record_case
          WHERE closedAt IS NULL)
        """, arguments: [now])
    let oldest: Double? = row?["oldest"]
    return RecordsStats.OpenCaseAges(
      underADay: row?["day"] ?? 0, oneToSevenDays: row?["week"] ?? 0, overAWeek: row?["older"] ?? 0,
      oldestSeconds: oldest.map { max(0, Int($0)) })
  }

  /// Each item's ticks in the period, and the due days (or weeks) of the period without one.
  private func care(_ db: Database, end: Date) throws -> [RecordsStats.CareResult] {
    let first =
      try since
      ?? Date.fetchOne(db, sql: "SELECT MIN(doneAt) FROM record_care") ?? end
    let shift = "\(utcOffsetSeconds) seconds"
    var results: [RecordsStats.CareResult] = []
    for item in CareItem.allCases {
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) AS n, COUNT(DISTINCT CAST((julianday(doneAt, ?) - julianday(?, ?))
            / ? AS INTEGER)) AS periods
          FROM record_care WHERE item = ? AND doneAt >= ? AND doneAt < ?
          """,
        arguments: [shift, first, shift, item.cadence.days, item.rawValue, first, end])
      let span = end.timeIntervalSince(first) / Double(item.cadence.days * 86_400)
      let periods = max(0, Int(span.rounded(.up)))
      let covered: Int = row?["periods"] ?? 0
      results.append(
        RecordsStats.CareResult(
          item: item, done: row?["n"] ?? 0, missed: max(0, periods - covered)))
    }
    return results
  }
}
