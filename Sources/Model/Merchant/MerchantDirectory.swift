import GRDB

/// The local merchant directory (SQLite): who is registered with which terminals and status.
public struct MerchantDirectory: Sendable {
  public let database: AppDatabase

  public init(database: AppDatabase) {
    self.database = database
  }

  /// What saving a record did.
  public enum SaveOutcome: Equatable, Sendable {
    case added
    case changed
    case unchanged
  }

  /// The merchant registered under `number`, or nil.
  public func merchant(_ number: MerchantNumber) throws(MerchantDirectoryError) -> MerchantRecord? {
    // One SELECT is its own consistent snapshot, so it runs without the BEGIN/COMMIT and
    // query_only pragmas of `read`, which cost more than the lookup itself.
    do {
      return try database.writer.inDatabase { db in try Self.fetch(number, in: db) }
    } catch let error as MerchantDirectoryError {
      throw error
    } catch {
      throw .database(operation: "look up a merchant", message: "\(error)")
    }
  }

  /// The merchant `terminal` is bound to, or nil.
  public func merchant(owning terminal: TerminalNumber) throws(MerchantDirectoryError)
    -> MerchantRecord?
  {
    try read("look up a terminal") { db in
      guard let owner = try Self.owner(of: terminal, in: db) else { return nil }
      return try Self.fetch(owner, in: db)
    }
  }

  /// How many merchants are registered.
  public func count() throws(MerchantDirectoryError) -> Int {
    try read("count merchants") { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM merchant") ?? 0
    }
  }

  /// Adds or replaces one merchant (by number).
  @discardableResult
  public func save(_ record: MerchantRecord) throws(MerchantDirectoryError) -> SaveOutcome {
    do {
      return try database.write { db in try Self.save(record, in: db) }
    } catch let error as MerchantDirectoryError {
      throw error
    } catch {
      throw .database(operation: "save a merchant", message: "\(error)")
    }
  }

  /// Every merchant, sorted by number; for small directories (screens, tests).
  public func allMerchants() throws(MerchantDirectoryError) -> [MerchantRecord] {
    var records: [MerchantRecord] = []
    try forEachMerchant { records.append($0) }
    return records
  }

  /// Visits every merchant in number order without loading the directory into memory.
  public func forEachMerchant(_ body: (MerchantRecord) throws -> Void)
    throws(MerchantDirectoryError)
  {
    do {
      try database.writer.read { db in
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT m.*, (SELECT group_concat(t.terminal, ';') FROM merchant_terminal t
                         WHERE t.merchant_number = m.number) AS terminals
            FROM merchant m ORDER BY m.number
            """)
        while let row = try rows.next() {
          try body(try Self.record(from: row))
        }
      }
    } catch let error as MerchantDirectoryError {
      throw error
    } catch {
      throw .database(operation: "list merchants", message: "\(error)")
    }
  }

  private func read<T>(_ operation: String, _ body: (Database) throws -> T)
    throws(MerchantDirectoryError) -> T
  {
    do {
      return try database.writer.read(body)
    } catch let error as MerchantDirectoryError {
      throw error
    } catch {
      throw .database(operation: operation, message: "\(error)")
    }
  }
}

extension MerchantDirectory {
  /// One statement per lookup: the terminals come along as a `;`-joined column.
  static func fetch(_ number: MerchantNumber, in db: Database) throws -> MerchantRecord? {
    let statement = try db.cachedStatement(
      sql: """
        SELECT m.*, (SELECT group_concat(t.terminal, ';') FROM merchant_terminal t
                     WHERE t.merchant_number = m.number) AS terminals
        FROM merchant m WHERE m.number = ?
        """)
    guard let row = try Row.fetchOne(statement, arguments: [number.digits]) else { return nil }
    return try record(from: row)
  }

  static func owner(of terminal: TerminalNumber, in db: Database) throws -> MerchantNumber? {
    let statement = try db.cachedStatement(
      sql: "SELECT merchant_number FROM merchant_terminal WHERE terminal = ?")
    guard let digits = try String.fetchOne(statement, arguments: [terminal.value]) else {
      return nil
    }
    guard let number = MerchantNumber(validDigits: digits) else {
      throw MerchantDirectoryError.unreadableRow(number: digits, field: "merchant_number")
    }
    return number
  }

  /// Adds or replaces `record` inside the caller's transaction, which must roll back on error.
  static func save(_ record: MerchantRecord, in db: Database) throws -> SaveOutcome {
    let existing = try fetch(record.number, in: db)
    if existing == record { return .unchanged }
    let arguments: StatementArguments = [
      record.name, record.mccCode, record.regionCode, record.methods.contains(.scan),
      record.methods.contains(.card), record.status.rawValue, record.number.digits,
    ]
    if existing == nil {
      try db.cachedStatement(
        sql: """
          INSERT INTO merchant (name, mcc, region, scan_enabled, card_enabled, status, number)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: arguments)
    } else {
      try db.cachedStatement(
        sql: """
          UPDATE merchant SET name = ?, mcc = ?, region = ?, scan_enabled = ?, card_enabled = ?,
            status = ? WHERE number = ?
          """
      ).execute(arguments: arguments)
      try db.cachedStatement(sql: "DELETE FROM merchant_terminal WHERE merchant_number = ?")
        .execute(arguments: [record.number.digits])
    }
    // The terminal is the primary key, so a terminal bound to another merchant fails the
    // insert; only then is its owner looked up, for the message. Callers run this inside a
    // transaction that the thrown error rolls back, so the half-saved merchant never stays.
    let insertTerminal = try db.cachedStatement(
      sql: "INSERT INTO merchant_terminal (terminal, merchant_number) VALUES (?, ?)")
    for terminal in record.terminals {
      do {
        try insertTerminal.execute(arguments: [terminal.value, record.number.digits])
      } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
        guard let owner = try owner(of: terminal, in: db) else { throw error }
        throw MerchantDirectoryError.terminalTaken(
          terminal: terminal, owner: owner, wanted: record.number)
      }
    }
    return existing == nil ? .added : .changed
  }

  /// Reads a `merchant` row that carries a `terminals` column (`;`-joined, any order).
  static func record(from row: Row) throws -> MerchantRecord {
    // Split on the bytes: an export reads a million rows through here.
    let terminals =
      (row["terminals"] as String?)?.utf8.split(separator: UInt8(ascii: ";")).map {
        String(decoding: $0, as: UTF8.self)
      } ?? []
    let digits: String = row["number"] ?? ""
    guard let number = MerchantNumber(validDigits: digits) else {
      throw MerchantDirectoryError.unreadableRow(number: digits, field: "number")
    }
    let statusText: String = row["status"] ?? ""
    guard let status = MerchantStatus(rawValue: statusText) else {
      throw MerchantDirectoryError.unreadableRow(number: digits, field: "status")
    }
    var parsedTerminals: [TerminalNumber] = []
    for text in terminals {
      guard let terminal = try? TerminalNumber(parsing: text) else {
        throw MerchantDirectoryError.unreadableRow(number: digits, field: "terminal")
      }
      parsedTerminals.append(terminal)
    }
    var methods: [MerchantPaymentMethod] = []
    if row["scan_enabled"] == true { methods.append(.scan) }
    if row["card_enabled"] == true { methods.append(.card) }
    return MerchantRecord(
      number: number, name: row["name"] ?? "", mccCode: row["mcc"] ?? number.mccCode,
      regionCode: row["region"] ?? number.regionCode, terminals: parsedTerminals,
      methods: methods, status: status)
  }
}
