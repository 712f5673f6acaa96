import Foundation
import GRDB

/// Keeps the simulated terminal's transactions, sequences and settings in the app database,
/// so a restart finds the open batch where it was.
public struct TransactionStore: Sendable {
  /// The database the tables live in.
  public let database: AppDatabase

  /// A store over an opened database (its schema must include `SimulatorSchema`).
  public init(database: AppDatabase) {
    self.database = database
  }

  /// Every record and both modes' counters.
  public func loadLedger() throws -> TerminalLedger {
    try database.writer.read { db in
      var ledger = TerminalLedger()
      for row in try Row.fetchAll(db, sql: "SELECT * FROM sim_counter") {
        let counters = LedgerCounters(
          batchNumber: row["batchNumber"] ?? 1, nextVoucher: row["nextVoucher"] ?? 1,
          nextReference: row["nextReference"] ?? 1)
        switch row["mode"] as String? {
        case "training": ledger.training = counters
        case "live": ledger.live = counters
        default: continue
        }
      }
      ledger.records = try Row.fetchAll(db, sql: "SELECT * FROM sim_transaction ORDER BY id")
        .map(Self.record)
      ledger.usedCodes = Set(try String.fetchAll(db, sql: "SELECT code FROM sim_used_code"))
      return ledger
    }
  }

  /// Journals `pending` with the next batch, voucher and reference numbers of its mode,
  /// taken from the database in the same transaction that stores the record, so any
  /// number of consoles on one data dir never hand out the same number.
  public func record(_ pending: PendingTransaction) throws(RecordFailure) -> TransactionRecord {
    guard let record = try recordUnlessRefused(pending) else {
      throw RecordFailure(.ioError, detail: "payment code already used")
    }
    return record
  }

  /// `record`, unless what the journal holds makes the host refuse it: a scan sale's code
  /// that any console's sale or order used already. Decided in the writing transaction, so
  /// two consoles never both take one code.
  public func recordUnlessRefused(_ pending: PendingTransaction) throws(RecordFailure)
    -> TransactionRecord?
  {
    try StoreWrite.run(database) { db -> TransactionRecord? in
      if let code = pending.paymentCode {
        guard try Self.markUsed(code, at: pending.date, db) else { return nil }
      }
      let mode = Self.mode(training: pending.training)
      var counters = try Self.counters(mode: mode, db)
      let record = pending.record(with: counters.numbers)
      counters.advance()
      try Self.insert(record, db)
      try Self.write(counters, mode: mode, db)
      return record
    }
  }

  /// Stores what `events` report besides journalled transactions (those were stored by
  /// `record` before the unit showed them): settings and settlements.
  public func persist(_ events: [TerminalEvent]) throws(RecordFailure) {
    let settings = events.compactMap { event -> TerminalSettings? in
      if case .settingsChanged(let settings) = event { return settings }
      return nil
    }
    let settled = events.compactMap { event -> BatchSummary? in
      if case .batchSettled(let summary) = event { return summary }
      return nil
    }
    let used = events.compactMap { event -> String? in
      if case .paymentCodeUsed(let code) = event { return code }
      return nil
    }
    guard !settings.isEmpty || !settled.isEmpty || !used.isEmpty else { return }
    try StoreWrite.run(database) { db in
      for value in settings { try Self.write(value, db) }
      for summary in settled { try Self.settle(summary, db) }
      for code in used { try Self.markUsed(code, at: Date(), db) }
    }
  }

  /// Whether the host has seen `code` (any console on this data dir).
  public func isUsed(_ code: String) throws -> Bool {
    try database.writer.read { db in
      try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM sim_used_code WHERE code = ?)", arguments: [code])
        ?? false
    }
  }

  /// Stores `code` as used; false when it was used already.
  @discardableResult
  private static func markUsed(_ code: String, at date: Date, _ db: Database) throws -> Bool {
    try db.execute(
      sql: "INSERT OR IGNORE INTO sim_used_code (code, date) VALUES (?, ?)",
      arguments: [code, date])
    return db.changesCount > 0
  }

  /// Opens the batch after `summary`'s, unless another console settled it already.
  private static func settle(_ summary: BatchSummary, _ db: Database) throws {
    let mode = mode(training: summary.training)
    var counters = try counters(mode: mode, db)
    guard counters.batchText == summary.batch else { return }
    counters.batchNumber =
      counters.batchNumber >= LedgerCounters.maxSix ? 1 : counters.batchNumber + 1
    try write(counters, mode: mode, db)
  }

  private static func mode(training: Bool) -> String { training ? "training" : "live" }

  /// The stored counters of `mode`; a mode that never had a transaction starts at 1.
  private static func counters(mode: String, _ db: Database) throws -> LedgerCounters {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM sim_counter WHERE mode = ?", arguments: [mode])
    else { return LedgerCounters() }
    return LedgerCounters(
      batchNumber: row["batchNumber"] ?? 1, nextVoucher: row["nextVoucher"] ?? 1,
      nextReference: row["nextReference"] ?? 1)
  }

  /// The stored settings, defaults for what was never stored.
  public func loadSettings() throws -> TerminalSettings {
    let stored = try database.writer.read { db in
      try Row.fetchAll(db, sql: "SELECT key, value FROM sim_setting").reduce(into: [:]) {
        (values: inout [String: String], row) in
        values[row["key"]] = row["value"]
      }
    }
    return try SettingsCoding.decode(stored)
  }

  /// Stores `settings` in full.
  public func save(_ settings: TerminalSettings) throws(RecordFailure) {
    try StoreWrite.run(database) { db in try Self.write(settings, db) }
  }

  private static func write(_ settings: TerminalSettings, _ db: Database) throws {
    for (key, value) in SettingsCoding.encode(settings) {
      try db.execute(
        sql: "INSERT OR REPLACE INTO sim_setting (key, value) VALUES (?, ?)",
        arguments: [key, value])
    }
  }

  private static func write(_ counters: LedgerCounters, mode: String, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO sim_counter (mode, batchNumber, nextVoucher, nextReference)
        VALUES (?, ?, ?, ?)
        """,
      arguments: [mode, counters.batchNumber, counters.nextVoucher, counters.nextReference])
  }

  private static func insert(_ r: TransactionRecord, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO sim_transaction (kind, method, walletID, walletNameZh, walletNameEn,
          maskedCard, amountFen, batch, voucher, reference, date, training, operatorID,
          originalVoucher, originalReference)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        r.kind.rawValue, r.method.rawValue, r.walletID, r.walletName?.zh, r.walletName?.en,
        r.maskedCard, r.amountFen, r.batch, r.voucher, r.reference, r.date, r.training,
        r.operatorID, r.originalVoucher, r.originalReference,
      ])
  }

  private static func record(_ row: Row) throws -> TransactionRecord {
    let id: Int64 = row["id"]
    func text(_ column: String) throws -> String {
      guard let value: String = row[column] else {
        throw TransactionStoreError.corruptRow(table: "sim_transaction", id: id, column: column)
      }
      return value
    }
    guard let kind = TransactionKind(rawValue: try text("kind")) else {
      throw TransactionStoreError.corruptRow(table: "sim_transaction", id: id, column: "kind")
    }
    guard let method = PaymentMethod(rawValue: try text("method")) else {
      throw TransactionStoreError.corruptRow(table: "sim_transaction", id: id, column: "method")
    }
    guard let date: Date = row["date"], let amountFen: Int = row["amountFen"] else {
      throw TransactionStoreError.corruptRow(
        table: "sim_transaction", id: id, column: "date/amountFen")
    }
    var walletName: LocalizedText?
    if let zh: String = row["walletNameZh"], let en: String = row["walletNameEn"] {
      walletName = .data(zh: zh, en: en)
    }
    return TransactionRecord(
      kind: kind, method: method, walletID: row["walletID"], walletName: walletName,
      maskedCard: row["maskedCard"], amountFen: amountFen, batch: try text("batch"),
      voucher: try text("voucher"), reference: try text("reference"), date: date,
      training: row["training"] ?? false, operatorID: try text("operatorID"),
      originalVoucher: row["originalVoucher"], originalReference: row["originalReference"])
  }
}

/// Stored terminal data that cannot be read back.
public enum TransactionStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A row whose column is missing or holds an unknown value.
  case corruptRow(table: String, id: Int64, column: String)
  /// A stored setting that is not valid.
  case invalidSetting(key: String, value: String, expected: String)

  public var description: String {
    switch self {
    case .corruptRow(let table, let id, let column):
      return "\(table) row \(id): column \(column) is missing or not valid; "
        + "delete the row or restore the database from a backup"
    case .invalidSetting(let key, let value, let expected):
      return "sim_setting \(key) = \"\(value)\" must be \(expected); correct or delete it"
    }
  }
}

/// Settings as key/value text, so new settings need no migration and old files still load.
enum SettingsCoding {
  static func encode(_ s: TerminalSettings) -> [(String, String)] {
    [
      ("merchantNumber", s.merchantNumber), ("terminalNumber", s.terminalNumber),
      ("serialNumber", s.serialNumber),
      ("merchantNameZh", s.merchantName.zh), ("merchantNameEn", s.merchantName.en),
      ("firmwareVersion", s.firmwareVersion), ("appVersion", s.appVersion),
      ("scanPermission", String(s.scanPermission)), ("cardPermission", String(s.cardPermission)),
      ("connection", s.connection.rawValue), ("operatorPassword", s.operatorPassword),
      ("supervisorPassword", s.supervisorPassword),
      ("hostTimeoutSeconds", String(s.hostTimeoutSeconds)),
    ]
  }

  static func decode(_ values: [String: String]) throws -> TerminalSettings {
    var s = TerminalSettings()
    func flag(_ key: String, _ current: Bool) throws -> Bool {
      guard let value = values[key] else { return current }
      guard let parsed = Bool(value) else {
        throw TransactionStoreError.invalidSetting(
          key: key, value: value, expected: "true or false")
      }
      return parsed
    }
    s.merchantNumber = values["merchantNumber"] ?? s.merchantNumber
    s.terminalNumber = values["terminalNumber"] ?? s.terminalNumber
    s.serialNumber = values["serialNumber"] ?? s.serialNumber
    s.merchantName = LocalizedText(
      zh: values["merchantNameZh"] ?? s.merchantName.zh,
      en: values["merchantNameEn"] ?? s.merchantName.en)
    s.firmwareVersion = values["firmwareVersion"] ?? s.firmwareVersion
    s.appVersion = values["appVersion"] ?? s.appVersion
    s.scanPermission = try flag("scanPermission", s.scanPermission)
    s.cardPermission = try flag("cardPermission", s.cardPermission)
    if let value = values["connection"] {
      guard let kind = ConnectionKind(rawValue: value) else {
        throw TransactionStoreError.invalidSetting(
          key: "connection", value: value, expected: "wifi or mobile")
      }
      s.connection = kind
    }
    s.operatorPassword = values["operatorPassword"] ?? s.operatorPassword
    s.supervisorPassword = values["supervisorPassword"] ?? s.supervisorPassword
    if let value = values["hostTimeoutSeconds"] {
      guard let seconds = Int(value) else {
        throw TransactionStoreError.invalidSetting(
          key: "hostTimeoutSeconds", value: value, expected: "a whole number of seconds")
      }
      s.hostTimeoutSeconds = seconds
    }
    do {
      try s.validate()
    } catch .invalid(let field, let value, let expected) {
      throw TransactionStoreError.invalidSetting(key: field, value: value, expected: expected)
    }
    return s
  }
}
