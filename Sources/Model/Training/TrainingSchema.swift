import GRDB

/// Tables of training mode: the trainer PIN hash, the lockout, and run results.
public enum TrainingSchema {
  /// Registers training's migrations (identifiers prefixed `training-`).
  public static func register(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("training-v1") { db in
      // One row (id = 1): salt, hash and rounds only; the PIN itself is never stored.
      try db.create(table: "training_pin") { t in
        t.primaryKey("id", .integer).check { $0 == 1 }
        t.column("salt", .blob).notNull()
        t.column("hash", .blob).notNull()
        t.column("iterations", .integer).notNull()
      }
      // One row (id = 1): wrong entries in a row, and the lock's end (stored, so a
      // restart does not lift it).
      try db.create(table: "training_lock") { t in
        t.primaryKey("id", .integer).check { $0 == 1 }
        t.column("failures", .integer).notNull()
        t.column("lockedUntil", .datetime)
      }
      try db.create(table: "training_result") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("trainee", .text).notNull()
        t.column("scenarioID", .text).notNull()
        t.column("topic", .text).notNull()
        t.column("date", .datetime).notNull()
        t.column("score", .integer).notNull()
        t.column("correct", .boolean).notNull()
        t.column("declaredVerdict", .text).notNull()
        t.column("expectedVerdict", .text).notNull()
        t.column("steps", .integer).notNull()
        t.column("seconds", .integer).notNull()
        t.column("hintsUsed", .integer).notNull()
        t.column("harmful", .text).notNull()
      }
      try db.create(index: "training_result_trainee", on: "training_result", columns: ["trainee"])
    }
    migrator.registerMigration("training-v2") { db in
      // One row (id = 1) while training is on; none when it is off. Kept in the database
      // so a quit, signal or crash during training starts the console in training again.
      try db.create(table: "training_mode") { t in
        t.primaryKey("id", .integer).check { $0 == 1 }
        t.column("since", .datetime).notNull()
        t.column("trainee", .text).notNull()
      }
    }
  }
}
