import GRDB

/// The indexes that let `RecordsStatsQuery` answer from indexes alone: each holds the columns
/// one figure groups and filters by, with `startedAt` last so a `--since`/`--until` range is
/// read from the index too. Over a chain's million sessions this takes the stats from 4.8 s
/// to about 1 s (scripts/bench-stats.sh); a session's writes pay a few index entries each.
enum RecordsIndexes {
  /// The seconds from a session's start to its end, as the stats and its index spell it (an
  /// index on an expression is used only by the same expression).
  static let seconds = "((julianday(finishedAt) - julianday(startedAt)) * 86400.0)"

  static func create(_ db: Database) throws {
    let sessionIndexes: [(String, [String])] = [
      ("guideSessionByTerminal", ["terminalID", "startedAt"]),
      ("guideSessionByOutcome", ["symptom", "outcome", "startedAt"]),
      ("guideSessionByEnd", ["outcome", "outcomeStep", "startedAt"]),
      ("guideSessionByVersion", ["guideVersion", "outcome", "startedAt"]),
      ("guideSessionByOperator", ["operatorID", "outcome", "startedAt"]),
    ]
    for (name, columns) in sessionIndexes {
      try db.create(index: name, on: "guideSession", columns: columns)
    }
    try db.execute(
      sql: """
        CREATE INDEX guideSessionByTime ON guideSession(outcome, symptom, \(seconds), startedAt)
        """)
    try db.create(
      index: "guideVerdictByVerdict", on: "guideVerdict",
      columns: ["verdict", "startedAt", "terminalID"])
    try db.create(
      index: "guideVerdictByTerminal", on: "guideVerdict",
      columns: ["terminalID", "verdict", "startedAt"])
  }
}
