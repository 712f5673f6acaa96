import Foundation
import GRDB

/// Keeps training results in the app database (table `training_result`).
public struct TrainingResultStore: Sendable {
  let database: AppDatabase

  public init(database: AppDatabase) {
    self.database = database
  }

  /// Stores one result.
  public func save(_ r: TrainingResult) throws {
    try database.write { db in
      try db.execute(
        sql: """
          INSERT INTO training_result (trainee, scenarioID, topic, date, score, correct,
            declaredVerdict, expectedVerdict, steps, seconds, hintsUsed, harmful)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          r.trainee, r.scenarioID, r.topic, r.date, r.score, r.correct, r.declaredVerdict,
          r.expectedVerdict, r.steps, r.seconds, r.hintsUsed, r.harmful.joined(separator: ","),
        ])
    }
  }

  /// Results oldest first; only `trainee`'s when given.
  public func results(trainee: String? = nil) throws -> [TrainingResult] {
    try database.writer.read { db in
      var sql = "SELECT * FROM training_result"
      var arguments: StatementArguments = []
      if let trainee {
        sql += " WHERE trainee = ?"
        arguments = [trainee]
      }
      sql += " ORDER BY date, id"
      return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.result)
    }
  }

  private static func result(_ row: Row) -> TrainingResult {
    let harmful: String = row["harmful"] ?? ""
    return TrainingResult(
      trainee: row["trainee"] ?? "", scenarioID: row["scenarioID"] ?? "",
      topic: row["topic"] ?? "other", date: row["date"] ?? Date(timeIntervalSince1970: 0),
      score: row["score"] ?? 0, correct: row["correct"] ?? false,
      declaredVerdict: row["declaredVerdict"] ?? "", expectedVerdict: row["expectedVerdict"] ?? "",
      steps: row["steps"] ?? 0, seconds: row["seconds"] ?? 0, hintsUsed: row["hintsUsed"] ?? 0,
      harmful: harmful.split(separator: ",").map(String.init))
  }
}
