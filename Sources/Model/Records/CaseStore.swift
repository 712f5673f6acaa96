import Foundation
import GRDB

/// Keeps the cases handed to 95016 and their follow-up: the ticket, what the shop was told,
/// and how it ended.
public struct CaseStore: Sendable {
  private let access: RecordsDatabaseAccess

  public init(database: AppDatabase) {
    access = RecordsDatabaseAccess(database: database)
  }

  /// Opens `recordedCase` (a new hand-off); a second open with the same ID changes nothing.
  public func open(_ recordedCase: RecordedCase) throws(RecordsStoreError) {
    try access.write("open case \(recordedCase.id)") { db in
      try Self.insert(recordedCase, db: db)
    }
  }

  /// Records the ticket number 95016 gave and what the shop was told.
  public func recordTicket(case id: String, ticket: String, told: String, at date: Date)
    throws(RecordsStoreError)
  {
    try access.write("record ticket of case \(id)") { db in
      try Self.requireOpen(id, db: db)
      try db.execute(
        sql: "UPDATE record_case SET ticket = ?, told = ?, ticketAt = ? WHERE id = ?",
        arguments: [ticket, told, date, id])
    }
  }

  /// Closes case `id` with `outcome`.
  public func close(case id: String, outcome: CaseOutcome, at date: Date)
    throws(RecordsStoreError)
  {
    try access.write("close case \(id)") { db in
      try Self.requireOpen(id, db: db)
      try db.execute(
        sql: "UPDATE record_case SET outcome = ?, closedAt = ? WHERE id = ?",
        arguments: [outcome.rawValue, date, id])
    }
  }

  /// Every open case, oldest first.
  public func openCases() throws(RecordsStoreError) -> [RecordedCase] {
    try access.read("read open cases") { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM record_case WHERE closedAt IS NULL ORDER BY openedAt, id"
      ).map(Self.decode)
    }
  }

  /// Every case opened in `[since, until)`, oldest first.
  public func cases(since: Date? = nil, until: Date? = nil) throws(RecordsStoreError)
    -> [RecordedCase]
  {
    try access.read("read cases") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM record_case WHERE (? IS NULL OR openedAt >= ?) AND (? IS NULL OR openedAt < ?)
          ORDER BY openedAt, id
          """, arguments: [since, since, until, until]
      ).map(Self.decode)
    }
  }

  public func recordedCase(_ id: String) throws(RecordsStoreError) -> RecordedCase? {
    try access.read("read case \(id)") { db in
      try Row.fetchOne(db, sql: "SELECT * FROM record_case WHERE id = ?", arguments: [id])
        .map(Self.decode)
    }
  }

  static func insert(_ recordedCase: RecordedCase, db: Database) throws {
    let c = recordedCase
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO record_case (id, sessionID, openedAt, storeID, terminalID,
          merchantNumber, operatorID, summary, ticket, told, ticketAt, outcome, closedAt)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        c.id, c.sessionID, c.openedAt, c.context.storeID, c.context.terminalID,
        c.context.merchantNumber, c.context.operatorID, c.summary, c.ticket, c.told, c.ticketAt,
        c.outcome?.rawValue, c.closedAt,
      ])
  }

  private static func requireOpen(_ id: String, db: Database) throws {
    let closed = try Row.fetchOne(
      db, sql: "SELECT closedAt IS NOT NULL AS closed FROM record_case WHERE id = ?",
      arguments: [id])
    guard let closed else { throw RecordsStoreError.noSuchCase(id) }
    if closed["closed"] as Bool { throw RecordsStoreError.caseClosed(id) }
  }

  static func decode(_ row: Row) throws -> RecordedCase {
    let id: String = row["id"]
    var outcome: CaseOutcome?
    if let raw: String = row["outcome"] {
      guard let known = CaseOutcome(rawValue: raw) else {
        throw RecordsStoreError.unreadable(table: "record_case", id: id, field: "outcome")
      }
      outcome = known
    }
    return RecordedCase(
      id: id, sessionID: row["sessionID"], openedAt: row["openedAt"],
      context: SessionContext(
        terminalID: row["terminalID"], operatorID: row["operatorID"], storeID: row["storeID"],
        merchantNumber: row["merchantNumber"]),
      summary: row["summary"], ticket: row["ticket"], told: row["told"],
      ticketAt: row["ticketAt"], outcome: outcome, closedAt: row["closedAt"])
  }
}
