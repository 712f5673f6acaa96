import GRDB

/// The tables that keep self-check sessions, one row per session and one per answer.
public enum GuideSchema {
  public static func register(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("guide-v1") { db in
      try db.create(table: "guideSession") { table in
        table.primaryKey("id", .text)
        table.column("guideID", .text).notNull()
        table.column("symptom", .text).notNull()
        table.column("startedAt", .datetime).notNull()
        table.column("updatedAt", .datetime).notNull()
        table.column("finishedAt", .datetime)
        // resolved, not-resolved, escalated or abandoned; NULL while the session is open.
        table.column("outcome", .text)
        table.column("outcomeStep", .text)
      }
      try db.create(table: "guideAnswer") { table in
        table.column("sessionID", .text).notNull()
          .references("guideSession", onDelete: .cascade)
        table.column("position", .integer).notNull()
        table.column("stepID", .text).notNull()
        table.column("response", .text).notNull()
        table.column("answeredAt", .datetime).notNull()
        table.primaryKey(["sessionID", "position"])
      }
      try db.create(index: "guideSessionByStart", on: "guideSession", columns: ["startedAt"])
    }
  }
}
