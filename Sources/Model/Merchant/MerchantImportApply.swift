import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Phases two and three of an import: compare the checked rows with the directory, then write
/// them, never holding the shared database's write lock for more than a short moment.
///
/// A few thousand changed rows are written in one short transaction. More are built aside:
/// the whole new directory goes into `merchant_next` / `merchant_terminal_next` in short
/// transactions (after each it steps aside if a console's sale says it waits for the lock),
/// and one short transaction renames the tables into place. Readers see the old directory until that
/// rename and the new one after it, never a mixture; a crash before it leaves the directory
/// as it was (the half-built tables are dropped by the next import).
struct MerchantImportApply {
  /// Most rows written in place, in one transaction; more are built aside and swapped in.
  var inPlaceLimit = 4000
  /// How long one write transaction of the build should hold the lock.
  var holdBudget: Duration = .milliseconds(15)
  /// Whether to step aside after each write for a writer that waits (off in tests).
  var yieldsToOtherWriters = true
  /// Where waiting writers say so; nil: nobody else can reach the database.
  var waitingWriters: WriteIntent.Yielder? = nil

  /// The new rows that differ from the directory, counted.
  static func classify(in db: Database, inPlaceLimit: Int) throws -> MerchantImportSummary {
    // Into an empty directory every row is new: no comparison, and the list of rows to
    // write is only needed when they are written in place.
    if try isDirectoryEmpty(db) {
      let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.import_merchant") ?? 0
      if total <= inPlaceLimit {
        try db.execute(sql: "INSERT INTO temp.import_write SELECT number FROM temp.import_merchant")
      }
      return MerchantImportSummary(added: total)
    }
    // A row is written when it is new or differs in any column or in its set of terminals.
    try db.execute(
      sql: """
        INSERT INTO temp.import_write
        SELECT im.number FROM temp.import_merchant im LEFT JOIN main.merchant m ON m.number = im.number
        WHERE m.number IS NULL OR m.name IS NOT im.name OR m.mcc IS NOT im.mcc
          OR m.region IS NOT im.region OR m.scan_enabled IS NOT im.scan_enabled
          OR m.card_enabled IS NOT im.card_enabled OR m.status IS NOT im.status
          OR im.terminals IS NOT coalesce((SELECT group_concat(terminal, ';') FROM (
               SELECT terminal FROM main.merchant_terminal t WHERE t.merchant_number = im.number
               ORDER BY terminal)), '')
        """)
    let counts = try Row.fetchOne(
      db,
      sql: """
        SELECT (SELECT count(*) FROM temp.import_merchant),
               (SELECT count(*) FROM temp.import_write),
               (SELECT count(*) FROM temp.import_write w
                WHERE NOT EXISTS (SELECT 1 FROM main.merchant m WHERE m.number = w.number))
        """)
    let total: Int = counts?[0] ?? 0
    let written: Int = counts?[1] ?? 0
    let added: Int = counts?[2] ?? 0
    return MerchantImportSummary(added: added, changed: written - added, unchanged: total - written)
  }

  static func isDirectoryEmpty(_ db: Database) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM main.merchant)") ?? true
  }

  /// Terminals in the file that the directory binds to a merchant the file does not list.
  static func takenTerminals(in db: Database, into staging: inout MerchantImportStaging) throws {
    guard try !isDirectoryEmpty(db) else { return }
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT it.terminal, it.line, it.merchant_number, mt.merchant_number AS owner
        FROM temp.import_terminal it JOIN main.merchant_terminal mt ON mt.terminal = it.terminal
        WHERE mt.merchant_number <> it.merchant_number
          AND NOT EXISTS (SELECT 1 FROM temp.import_merchant im WHERE im.number = mt.merchant_number)
        ORDER BY it.line
        """)
    while let row = try rows.next() {
      let terminalText: String = row[0]
      let wantedText: String = row[2]
      let ownerText: String = row[3]
      guard let terminal = try? TerminalNumber(parsing: terminalText),
        let wanted = MerchantNumber(validDigits: wantedText),
        let owner = MerchantNumber(validDigits: ownerText)
      else { throw MerchantDirectoryError.unreadableRow(number: ownerText, field: "terminal") }
      let error = MerchantDirectoryError.terminalTaken(
        terminal: terminal, owner: owner, wanted: wanted)
      staging.report(
        MerchantImportProblem(
          line: row[1], column: .terminals,
          message: .directoryRefused(error)))
    }
  }

  /// Writes the rows `classify` chose.
  func write(
    _ summary: MerchantImportSummary, in db: Database,
    progress: (MerchantImportProgress) -> Void
  ) throws {
    let written = summary.added + summary.changed
    guard written > 0 else { return }
    if written <= inPlaceLimit {
      try writeInPlace(in: db)
    } else {
      // Progress counts the merchants of the new directory: the file's and the others kept.
      let kept = try Int.fetchOne(db, sql: "SELECT count(*) FROM main.merchant") ?? 0
      try buildAsideAndSwap(
        rows: kept + summary.added, in: db, progress: progress)
    }
  }

  private func writeInPlace(in db: Database) throws {
    try db.inTransaction(.immediate) {
      try db.execute(
        sql: """
          DELETE FROM main.merchant_terminal
            WHERE merchant_number IN (SELECT number FROM temp.import_write);
          INSERT INTO main.merchant (number, name, mcc, region, scan_enabled, card_enabled, status)
            SELECT number, name, mcc, region, scan_enabled, card_enabled, status
            FROM temp.import_merchant WHERE number IN (SELECT number FROM temp.import_write)
            ON CONFLICT(number) DO UPDATE SET name = excluded.name, mcc = excluded.mcc,
              region = excluded.region, scan_enabled = excluded.scan_enabled,
              card_enabled = excluded.card_enabled, status = excluded.status;
          INSERT INTO main.merchant_terminal (terminal, merchant_number)
            SELECT terminal, merchant_number FROM temp.import_terminal
            WHERE merchant_number IN (SELECT number FROM temp.import_write);
          """)
      return .commit
    }
  }

  /// Drops what an interrupted import left: half-built or replaced tables. Rows go in short
  /// transactions first, so even a big leftover never holds the lock for long.
  func dropLeftovers(in db: Database) throws {
    for table in [
      "merchant_terminal_next", "merchant_next", "merchant_terminal_old", "merchant_old",
    ]
    where try db.tableExists(table) {
      let key = table.hasPrefix("merchant_terminal") ? "terminal" : "number"
      var span = ChunkSpan(budget: holdBudget)
      while true {
        var deleted = 0
        let held = try inShortTransaction(db) {
          try db.execute(
            sql: "DELETE FROM main.\(table) WHERE \(key) IN "
              + "(SELECT \(key) FROM main.\(table) LIMIT ?)",
            arguments: [span.rows])
          deleted = db.changesCount
        }
        if deleted == 0 { break }
        span.adjust(held: held)
      }
      try inShortTransaction(db) { try db.execute(sql: "DROP TABLE main.\(table)") }
    }
  }

  private func buildAsideAndSwap(
    rows: Int, in db: Database, progress: (MerchantImportProgress) -> Void
  ) throws {
    try dropLeftovers(in: db)
    // The half-built tables are invisible and rebuilt after a crash, so their many short
    // commits need not each wait for the disk; the swap below commits as configured.
    let synchronous = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 2
    try db.execute(sql: "PRAGMA synchronous = NORMAL")
    defer { try? db.execute(sql: "PRAGMA synchronous = \(synchronous)") }
    let merchantSQL = try schemaSQL("merchant", in: db)
    let terminalSQL = try schemaSQL("merchant_terminal", in: db)
    // The terminal index keeps one of two names: the live table holds one, the new the other.
    let liveIndex = try String.fetchOne(
      db,
      sql: """
        SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'merchant_terminal'
          AND sql IS NOT NULL
        """)
    let nextIndex =
      liveIndex == "merchant_terminal_by_merchant"
      ? "merchant_terminal_by_merchant_b" : "merchant_terminal_by_merchant"
    try inShortTransaction(db) {
      try db.execute(sql: Self.renamed(merchantSQL, to: "merchant_next"))
      try db.execute(sql: Self.renamed(terminalSQL, to: "merchant_terminal_next"))
      try db.execute(
        sql: "CREATE INDEX \(nextIndex) ON merchant_terminal_next(merchant_number)")
    }
    var copied = 0
    let report = { (count: Int) in
      copied += count
      progress(MerchantImportProgress(phase: .writing, rows: copied, totalRows: rows))
    }
    // Each source is copied in key order, a range of keys per transaction.
    try copyInRanges(
      keys: "SELECT number FROM temp.import_merchant", key: "number",
      insert: """
        INSERT INTO main.merchant_next
          (number, name, mcc, region, scan_enabled, card_enabled, status)
        SELECT number, name, mcc, region, scan_enabled, card_enabled, status
        FROM temp.import_merchant
        """, in: db, copied: report)
    try copyInRanges(
      keys: "SELECT number FROM main.merchant", key: "number",
      insert: """
        INSERT INTO main.merchant_next
          (number, name, mcc, region, scan_enabled, card_enabled, status)
        SELECT number, name, mcc, region, scan_enabled, card_enabled, status FROM main.merchant m
        WHERE NOT EXISTS (SELECT 1 FROM temp.import_merchant im WHERE im.number = m.number) AND
        """, in: db, copied: report)
    try copyInRanges(
      keys: "SELECT terminal FROM temp.import_terminal", key: "terminal",
      insert: """
        INSERT INTO main.merchant_terminal_next (terminal, merchant_number)
        SELECT terminal, merchant_number FROM temp.import_terminal
        """, in: db, copied: { _ in })
    try copyInRanges(
      keys: "SELECT terminal FROM main.merchant_terminal", key: "terminal",
      insert: """
        INSERT INTO main.merchant_terminal_next (terminal, merchant_number)
        SELECT terminal, merchant_number FROM main.merchant_terminal t
        WHERE NOT EXISTS (SELECT 1 FROM temp.import_merchant im WHERE im.number = t.merchant_number)
          AND
        """, in: db, copied: { _ in })
    // The swap: four renames, one short transaction. With foreign keys off and the legacy
    // rename, SQLite leaves every REFERENCES clause as written, so the new terminal table
    // points at `merchant`, which the new merchant table becomes.
    try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
    try db.execute(sql: "PRAGMA legacy_alter_table = ON")
    defer { try? db.execute(sql: "PRAGMA legacy_alter_table = OFF") }
    try inShortTransaction(db) {
      try db.execute(
        sql: """
          ALTER TABLE main.merchant RENAME TO merchant_old;
          ALTER TABLE main.merchant_terminal RENAME TO merchant_terminal_old;
          ALTER TABLE main.merchant_next RENAME TO merchant;
          ALTER TABLE main.merchant_terminal_next RENAME TO merchant_terminal;
          """)
    }
    try dropLeftovers(in: db)
  }

  /// The CREATE statement of `table` as stored, so the new table has the same columns.
  private func schemaSQL(_ table: String, in db: Database) throws -> String {
    guard
      let sql = try String.fetchOne(
        db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?",
        arguments: [table])
    else { throw MerchantDirectoryError.unreadableRow(number: "", field: table) }
    return sql
  }

  /// `CREATE TABLE <name> (…)` with `name` in place of the stored one.
  static func renamed(_ createSQL: String, to name: String) -> String {
    guard let open = createSQL.firstIndex(of: "(") else { return createSQL }
    return "CREATE TABLE main.\(name) " + createSQL[open...]
  }

  /// Runs `insert` (a SELECT that ends so `key > ? AND key <= ?` can follow, after WHERE or
  /// AND) once per range of keys from `keys`, each range in one short transaction.
  private func copyInRanges(
    keys: String, key: String, insert: String, in db: Database, copied: (Int) -> Void
  ) throws {
    let joiner = insert.hasSuffix("AND") ? " " : " WHERE "
    let boundary = try db.makeStatement(
      sql: "SELECT \(key) FROM (\(keys)) WHERE \(key) > ? ORDER BY \(key) LIMIT 1 OFFSET ?")
    let bounded = try db.makeStatement(
      sql: insert + joiner + "\(key) > ? AND \(key) <= ?")
    let open = try db.makeStatement(sql: insert + joiner + "\(key) > ?")
    var low = ""
    var span = ChunkSpan(budget: holdBudget)
    while true {
      let high = try String.fetchOne(boundary, arguments: [low, span.rows - 1])
      var count = 0
      let held = try inShortTransaction(db) {
        if let high {
          try bounded.execute(arguments: [low, high])
        } else {
          try open.execute(arguments: [low])
        }
        count = db.changesCount
      }
      copied(count)  // outside the transaction: a listener may touch the database
      guard let high else { return }
      low = high
      span.adjust(held: held)
    }
  }

  /// One write transaction, then (outside tests) a pause only while another writer (a
  /// console's sale) says it waits for the lock: it sits in SQLite's busy handler, which
  /// retries every few milliseconds, and gets in during the pause. Pausing after every
  /// transaction in case cost a third of the import's time.
  @discardableResult
  private func inShortTransaction(_ db: Database, _ body: () throws -> Void) throws -> Duration {
    let started = ContinuousClock.now
    try db.inTransaction(.immediate) {
      try body()
      return .commit
    }
    let held = ContinuousClock.now - started
    if yieldsToOtherWriters { waitingWriters?.yieldIfWanted() }
    return held
  }
}

/// How many rows one write transaction takes: doubled while transactions stay well under the
/// time budget, halved when one runs over, so each holds the lock about as long as the budget.
struct ChunkSpan {
  let budget: Duration
  private(set) var rows = 1000

  init(budget: Duration) {
    self.budget = budget
  }

  mutating func adjust(held: Duration) {
    if held < budget / 2 { rows = min(rows * 2, 1 << 17) }
    if held > budget { rows = max(rows / 2, 64) }
  }
}
