import Foundation
import GRDB

/// Whether training mode is on, kept in the database so that quitting, a signal or a
/// crash during training brings the console back in training: only the trainer's PIN
/// turns it off.
public struct TrainingModeStore: Sendable {
  let database: AppDatabase

  /// A store over an opened database (its schema must include `TrainingSchema`).
  public init(database: AppDatabase) {
    self.database = database
  }

  /// The stored mode: on since when, or nil when training is off.
  public func load() throws -> TrainingModeRecord? {
    try database.writer.read { db in
      guard
        let row = try Row.fetchOne(db, sql: "SELECT since, trainee FROM training_mode WHERE id = 1")
      else { return nil }
      guard let since: Date = row["since"] else { return nil }
      return TrainingModeRecord(since: since, trainee: row["trainee"] ?? "")
    }
  }

  /// Training is on from `now` (the trainer's PIN was accepted).
  public func turnOn(at now: Date, trainee: String = "") throws(RecordFailure) {
    try StoreWrite.run(database) { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO training_mode (id, since, trainee) VALUES (1, ?, ?)",
        arguments: [now, trainee])
    }
  }

  /// Training is off (the trainer's PIN was accepted to leave).
  public func turnOff() throws(RecordFailure) {
    try StoreWrite.run(database) { db in try db.execute(sql: "DELETE FROM training_mode") }
  }
}

/// Training mode as stored: since when it is on, and the trainee typed so far.
public struct TrainingModeRecord: Equatable, Sendable {
  /// When the trainer turned it on.
  public var since: Date
  /// The trainee's name or ID ("" until typed).
  public var trainee: String
}
