import GRDB

/// The tables that let the console learn from its cases (issue 21): who ran each self-check on
/// which unit with which guide version, the cases handed to 95016 and their follow-up, and the
/// routine-care ticks. Today's sessions are kept as they are; the new columns start empty.
public enum RecordsSchema {
  /// Registers the records' migrations (identifiers prefixed `records-`).
  public static func register(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("records-v1") { db in
      for column in ["guideVersion", "terminalID", "operatorID", "storeID", "merchantNumber"] {
        try db.alter(table: "guideSession") { $0.add(column: column, .text) }
      }
      // Sessions set aside before this version kept no step; the last answer is where they
      // ended, so stats can say where cashiers give up on old records too.
      try db.execute(
        sql: """
          UPDATE guideSession SET outcomeStep = (
            SELECT stepID FROM guideAnswer WHERE sessionID = guideSession.id
            ORDER BY position DESC LIMIT 1)
          WHERE outcome = 'abandoned' AND outcomeStep IS NULL
          """)
      // Each verdict a session reached, with the unit and the time copied from its session,
      // so "which unit keeps failing" is one grouped scan. Old sessions are filled in from
      // their answers: verdict step IDs start with "verdict." (the guide format's rule).
      try db.create(table: "guideVerdict") { t in
        t.column("sessionID", .text).notNull().references("guideSession", onDelete: .cascade)
        t.column("position", .integer).notNull()
        t.column("verdict", .text).notNull()
        t.column("terminalID", .text)
        t.column("startedAt", .datetime).notNull()
        t.primaryKey(["sessionID", "position"])
      }
      try db.execute(
        sql: """
          INSERT INTO guideVerdict (sessionID, position, verdict, terminalID, startedAt)
          SELECT a.sessionID, a.position, a.stepID, s.terminalID, s.startedAt
          FROM guideAnswer a JOIN guideSession s ON s.id = a.sessionID
          WHERE a.stepID LIKE 'verdict.%'
          """)
      try RecordsIndexes.create(db)
      try db.create(table: "record_case") { t in
        t.primaryKey("id", .text)
        t.column("sessionID", .text)
        t.column("openedAt", .datetime).notNull()
        t.column("storeID", .text)
        t.column("terminalID", .text)
        t.column("merchantNumber", .text)
        t.column("operatorID", .text)
        // The hand-off sheet as it was given to 95016.
        t.column("summary", .text).notNull()
        t.column("ticket", .text)
        t.column("told", .text)
        t.column("ticketAt", .datetime)
        // fixed-by-us, sent-for-repair, replaced, merchant-status-changed; NULL while open.
        t.column("outcome", .text)
        t.column("closedAt", .datetime)
      }
      try db.create(
        index: "record_case_open", on: "record_case", columns: ["closedAt", "openedAt"])
      try db.create(table: "record_care") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("item", .text).notNull()
        t.column("doneAt", .datetime).notNull()
        t.column("operatorID", .text)
      }
      try db.create(index: "record_care_item", on: "record_care", columns: ["item", "doneAt"])
    }
  }
}
