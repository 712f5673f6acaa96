import Foundation
import GRDB

/// Keeps self-check sessions in the app database, saving the path after every answer so a
/// crash loses nothing.
public struct GuideSessionStore: Sendable {
  private let database: AppDatabase

  public init(database: AppDatabase) {
    self.database = database
  }

  /// Records a new session for `engine`, run in `context`, and returns its ID.
  @discardableResult
  public func begin(
    _ engine: GuideEngine, id: String = UUID().uuidString, context: SessionContext = .init()
  ) throws(GuideStoreError) -> String {
    try write("begin session \(id)") { db in
      try db.execute(
        sql: """
          INSERT INTO guideSession (id, guideID, symptom, startedAt, updatedAt, guideVersion,
            terminalID, operatorID, storeID, merchantNumber)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          id, engine.guide.id, engine.start.symptom, engine.startedAt, engine.startedAt,
          context.guideVersion, context.terminalID, context.operatorID, context.storeID,
          context.merchantNumber,
        ])
      try Self.writePath(engine, session: id, db: db)
    }
    return id
  }

  /// Saves `engine`'s whole path and outcome for session `id` in one transaction; call it after
  /// every answer, back or change.
  public func save(_ engine: GuideEngine, session id: String) throws(GuideStoreError) {
    try write("save session \(id)") { db in
      guard
        try Bool.fetchOne(db, sql: "SELECT 1 FROM guideSession WHERE id = ?", arguments: [id])
          != nil
      else { throw GuideStoreError.noSuchSession(id) }
      try Self.writePath(engine, session: id, db: db)
    }
  }

  /// Marks an open session as set aside, so it is no longer offered for resuming. `step` is the
  /// step on show when the cashier gave up (kept as where the session ended); without it, the
  /// last answered step stands in.
  public func abandon(session id: String, at date: Date, step: String? = nil)
    throws(GuideStoreError)
  {
    try write("abandon session \(id)") { db in
      try db.execute(
        sql: """
          UPDATE guideSession SET outcome = 'abandoned', finishedAt = ?, updatedAt = ?,
            outcomeStep = COALESCE(?, (SELECT stepID FROM guideAnswer
              WHERE sessionID = guideSession.id ORDER BY position DESC LIMIT 1))
          WHERE id = ? AND outcome IS NULL
          """,
        arguments: [date, date, step, id])
    }
  }

  /// The most recently started session that has not ended, if any.
  public func unfinished() throws(GuideStoreError) -> GuideSessionRecord? {
    try fetchRecord(
      "find unfinished session",
      sql: "SELECT * FROM guideSession WHERE outcome IS NULL ORDER BY startedAt DESC, rowid DESC",
      arguments: [])
  }

  /// The most recently started session, finished or not.
  public func latest() throws(GuideStoreError) -> GuideSessionRecord? {
    try fetchRecord(
      "find last session", sql: "SELECT * FROM guideSession ORDER BY startedAt DESC, rowid DESC",
      arguments: [])
  }

  public func session(_ id: String) throws(GuideStoreError) -> GuideSessionRecord? {
    try fetchRecord(
      "read session \(id)", sql: "SELECT * FROM guideSession WHERE id = ?", arguments: [id])
  }

  /// The saved answers of session `id`, in path order.
  public func answers(_ id: String) throws(GuideStoreError) -> [GuideAnswer] {
    let rows = try read("read answers of \(id)") { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM guideAnswer WHERE sessionID = ? ORDER BY position",
        arguments: [id])
    }
    var answers: [GuideAnswer] = []
    for row in rows {
      let position: Int = row["position"]
      let json: String = row["response"]
      guard let response = try? JSONDecoder().decode(GuideResponse.self, from: Data(json.utf8))
      else { throw .unreadableAnswer(sessionID: id, position: position) }
      answers.append(
        GuideAnswer(stepID: row["stepID"], response: response, answeredAt: row["answeredAt"]))
    }
    return answers
  }

  /// Rebuilds the engine of session `record` on `guide`, at exactly the step it was left on.
  public func resume(
    _ record: GuideSessionRecord, guide: Guide, judge: (any PaymentCodeJudging)? = nil,
    clock: @escaping GuideClock = { Date() }
  ) throws -> (engine: GuideEngine, dropped: Int) {
    try GuideEngine.resume(
      guide: guide, symptom: record.symptom, startedAt: record.startedAt,
      answers: try answers(record.id), judge: judge, clock: clock)
  }

  private static func writePath(_ engine: GuideEngine, session id: String, db: Database) throws {
    try db.execute(sql: "DELETE FROM guideAnswer WHERE sessionID = ?", arguments: [id])
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    for (position, answer) in engine.path.enumerated() {
      let json = String(decoding: try encoder.encode(answer.response), as: UTF8.self)
      try db.execute(
        sql: """
          INSERT INTO guideAnswer (sessionID, position, stepID, response, answeredAt)
          VALUES (?, ?, ?, ?, ?)
          """,
        arguments: [id, position, answer.stepID, json, answer.answeredAt])
    }
    try db.execute(sql: "DELETE FROM guideVerdict WHERE sessionID = ?", arguments: [id])
    // The verdicts reached: each answered one, and the one on show (reached, not yet answered).
    var reached = engine.path.map(\.stepID)
    if let current = engine.currentStepID, engine.outcome == nil { reached.append(current) }
    for (position, stepID) in reached.enumerated() {
      guard case .verdict = engine.guide.step(stepID)?.kind else { continue }
      try db.execute(
        sql: """
          INSERT INTO guideVerdict (sessionID, position, verdict, terminalID, startedAt)
          SELECT id, ?, ?, terminalID, startedAt FROM guideSession WHERE id = ?
          """,
        arguments: [position, stepID, id])
    }
    let updated = engine.path.last?.answeredAt ?? engine.startedAt
    let outcome = engine.outcome
    try db.execute(
      sql: """
        UPDATE guideSession SET updatedAt = ?, finishedAt = ?, outcome = ?, outcomeStep = ?
        WHERE id = ?
        """,
      arguments: [updated, outcome == nil ? nil : updated, outcome?.name, outcome?.stepID, id])
  }

  private func fetchRecord(_ operation: String, sql: String, arguments: StatementArguments)
    throws(GuideStoreError) -> GuideSessionRecord?
  {
    let row = try read(operation) { db in try Row.fetchOne(db, sql: sql, arguments: arguments) }
    guard let row else { return nil }
    let id: String = row["id"]
    let state: GuideSessionState
    let outcome: String? = row["outcome"]
    switch outcome {
    case nil: state = .open
    case "abandoned": state = .abandoned
    case let name?:
      guard let finished = GuideOutcome(name: name, stepID: row["outcomeStep"] ?? "") else {
        throw .unknownOutcome(sessionID: id, value: name)
      }
      state = .finished(finished)
    }
    return GuideSessionRecord(
      id: id, guideID: row["guideID"], symptom: row["symptom"], startedAt: row["startedAt"],
      updatedAt: row["updatedAt"], finishedAt: row["finishedAt"], state: state)
  }

  private func read<T>(_ operation: String, _ body: (Database) throws -> T)
    throws(GuideStoreError) -> T
  {
    do {
      return try database.writer.read(body)
    } catch let error as GuideStoreError {
      throw error
    } catch {
      throw .database(operation: operation, message: "\(error)")
    }
  }

  private func write(_ operation: String, _ body: (Database) throws -> Void)
    throws(GuideStoreError)
  {
    do {
      try database.write(body)
    } catch let error as GuideStoreError {
      throw error
    } catch {
      throw .database(operation: operation, message: "\(error)")
    }
  }
}
