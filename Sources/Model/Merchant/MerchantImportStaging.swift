import GRDB
import GRDBSQLite

/// Phase one of an import: every row of the file checked and kept in TEMP tables.
///
/// TEMP tables belong to this connection alone, so filling them takes no lock on the shared
/// database file: a console selling meanwhile never waits on this phase, however long the
/// file. The tables also find numbers and terminals that occur twice in the file, by their
/// primary keys, without a dictionary in memory that grows with the file.
struct MerchantImportStaging {
  /// Problems found so far; the first `listedProblemLimit` are kept, all are counted.
  var problems: [MerchantImportProblem] = []
  var problemCount = 0
  /// Good rows kept.
  var rows = 0

  static let createTables = """
    DROP TABLE IF EXISTS temp.import_merchant;
    DROP TABLE IF EXISTS temp.import_terminal;
    DROP TABLE IF EXISTS temp.import_write;
    CREATE TEMP TABLE import_merchant (
      number TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, mcc TEXT NOT NULL,
      region TEXT NOT NULL, scan_enabled INTEGER NOT NULL, card_enabled INTEGER NOT NULL,
      status TEXT NOT NULL, terminals TEXT NOT NULL, line INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TEMP TABLE import_terminal (
      terminal TEXT PRIMARY KEY NOT NULL, merchant_number TEXT NOT NULL,
      line INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TEMP TABLE import_write (number TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
    """

  static let dropTables = """
    DROP TABLE IF EXISTS temp.import_merchant;
    DROP TABLE IF EXISTS temp.import_terminal;
    DROP TABLE IF EXISTS temp.import_write;
    """

  mutating func report(_ problem: MerchantImportProblem) {
    problemCount += 1
    if problems.count < MerchantImportError.listedProblemLimit { problems.append(problem) }
  }

  /// Reads every row from `reader` into the TEMP tables, committing every few thousand rows
  /// (TEMP commits write no journal to disk and take no shared lock).
  mutating func fill<Source: CSVByteSource>(
    from reader: inout CSVStreamReader<Source>, header: MerchantCSVRow, totalBytes: Int?,
    in db: Database, progress: (MerchantImportProgress) -> Void
  ) throws -> CSVStreamReader<Source>.Failure? {
    let insertMerchant = try db.makeStatement(
      sql: """
        INSERT INTO temp.import_merchant VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING
        """)
    let insertTerminal = try db.makeStatement(
      sql: "INSERT INTO temp.import_terminal VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
    let lineOfNumber = try db.makeStatement(
      sql: "SELECT line FROM temp.import_merchant WHERE number = ?")
    let lineOfTerminal = try db.makeStatement(
      sql: "SELECT line FROM temp.import_terminal WHERE terminal = ?")

    var row = CSVStreamReader<Source>.Row()
    var readFailure: CSVStreamReader<Source>.Failure?
    let fast = MerchantCSVFastRow(header: header)
    let merchantInsert = RawInsert(insertMerchant, in: db)
    let terminalInsert = RawInsert(insertTerminal, in: db)
    try db.execute(sql: "BEGIN")
    defer { try? db.execute(sql: "COMMIT") }
    var rowsInBatch = 0
    while true {
      do {
        guard try reader.nextRow(into: &row) else { break }
      } catch {
        readFailure = error
        break
      }
      if row.count == 1, row.field(0).allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      rowsInBatch += 1
      if rowsInBatch == 8192 {
        rowsInBatch = 0
        try db.execute(sql: "COMMIT; BEGIN")
        progress(
          MerchantImportProgress(
            phase: .reading, rows: rows + problemCount, bytes: reader.bytesRead,
            totalBytes: totalBytes))
      }
      if let values = fast.values(row) {
        try stageFast(values, row, merchantInsert, terminalInsert, lineOfNumber, lineOfTerminal)
        continue
      }
      switch header.record(row.fields, line: row.line) {
      case .failure(let problem): report(problem)
      case .success(let record):
        try stage(
          record, line: row.line, merchantInsert, terminalInsert, lineOfNumber,
          lineOfTerminal)
      }
    }
    progress(
      MerchantImportProgress(
        phase: .reading, rows: rows + problemCount, bytes: reader.bytesRead,
        totalBytes: totalBytes))
    return readFailure
  }

  /// A row the quick look vouched for, bound straight from the file's bytes.
  private mutating func stageFast<Source>(
    _ values: MerchantCSVFastRow.Values, _ row: CSVStreamReader<Source>.Row,
    _ merchantInsert: RawInsert, _ terminalInsert: RawInsert, _ lineOfNumber: Statement,
    _ lineOfTerminal: Statement
  ) throws {
    let number = values.number
    let added = try row.bytes.withUnsafeBufferPointer { bytes in
      merchantInsert.text(1, bytes, number)
      merchantInsert.text(2, bytes, values.name)
      // An empty code comes from the number: region is digits 4-7, MCC digits 8-11.
      let start = number.lowerBound
      merchantInsert.text(3, bytes, values.mcc.isEmpty ? start + 7..<start + 11 : values.mcc)
      merchantInsert.text(
        4, bytes, values.region.isEmpty ? start + 3..<start + 7 : values.region)
      merchantInsert.int(5, values.scan ? 1 : 0)
      merchantInsert.int(6, values.card ? 1 : 0)
      merchantInsert.text(7, values.status)
      merchantInsert.text(8, bytes, values.terminals)
      merchantInsert.int(9, row.line)
      return try merchantInsert.run()
    }
    let digits = String(decoding: row.bytes[number], as: UTF8.self)
    guard added else {
      try reportDuplicate(digits, line: row.line, lineOfNumber)
      return
    }
    rows += 1
    for item in 0..<values.terminalCount {
      let start = values.terminals.lowerBound + item * (TerminalNumber.length + 1)
      let range = start..<start + TerminalNumber.length
      let bound = try row.bytes.withUnsafeBufferPointer { bytes in
        terminalInsert.text(1, bytes, range)
        terminalInsert.text(2, bytes, number)
        terminalInsert.int(3, row.line)
        return try terminalInsert.run()
      }
      if !bound {
        try reportTerminalTwice(
          String(decoding: row.bytes[range], as: UTF8.self), line: row.line, lineOfTerminal)
      }
    }
  }

  /// A row read the careful way, bound from its record.
  private mutating func stage(
    _ record: MerchantRecord, line: Int, _ merchantInsert: RawInsert, _ terminalInsert: RawInsert,
    _ lineOfNumber: Statement, _ lineOfTerminal: Statement
  ) throws {
    let digits = record.number.digits
    let terminals = record.terminals.map(\.value)
    merchantInsert.text(1, digits)
    merchantInsert.text(2, record.name)
    merchantInsert.text(3, record.mccCode)
    merchantInsert.text(4, record.regionCode)
    merchantInsert.int(5, record.methods.contains(.scan) ? 1 : 0)
    merchantInsert.int(6, record.methods.contains(.card) ? 1 : 0)
    merchantInsert.text(7, record.status.rawValue)
    merchantInsert.text(8, terminals.joined(separator: ";"))
    merchantInsert.int(9, line)
    guard try merchantInsert.run() else {
      try reportDuplicate(digits, line: line, lineOfNumber)
      return
    }
    rows += 1
    for terminal in terminals {
      terminalInsert.text(1, terminal)
      terminalInsert.text(2, digits)
      terminalInsert.int(3, line)
      if try !terminalInsert.run() { try reportTerminalTwice(terminal, line: line, lineOfTerminal) }
    }
  }

  private mutating func reportDuplicate(_ digits: String, line: Int, _ lineOfNumber: Statement)
    throws
  {
    let first = try Int.fetchOne(lineOfNumber, arguments: [digits]) ?? 0
    let shown = MerchantNumber(validDigits: digits).map { "\($0)" } ?? digits
    report(
      MerchantImportProblem(
        line: line, column: .merchantNumber,
        message: LocalizedText(
          zh: "商户号 \(shown) 与第 \(first) 行重复。",
          en: "Merchant number \(shown) is also on line \(first).")))
  }

  private mutating func reportTerminalTwice(
    _ terminal: String, line: Int, _ lineOfTerminal: Statement
  ) throws {
    let first = try Int.fetchOne(lineOfTerminal, arguments: [terminal]) ?? 0
    report(
      MerchantImportProblem(
        line: line, column: .terminals,
        message: LocalizedText(
          zh: "终端 \(terminal) 已在第 \(first) 行绑定给另一商户：一台终端只属于一个商户。",
          en: "Terminal \(terminal) is already bound on line \(first): a terminal "
            + "belongs to one merchant.")))
  }
}

/// An `INSERT … ON CONFLICT DO NOTHING` driven through SQLite's own API: binding bytes
/// straight from the file's buffer costs a fraction of building GRDB arguments per row.
struct RawInsert {
  private let statement: OpaquePointer
  private let connection: OpaquePointer?

  init(_ statement: Statement, in db: Database) {
    self.statement = statement.sqliteStatement
    connection = db.sqliteConnection
  }

  /// SQLite copies the bytes before the call returns (SQLITE_TRANSIENT).
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  func text(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    let start = UnsafeRawPointer(bytes.baseAddress! + range.lowerBound)
      .assumingMemoryBound(to: CChar.self)
    sqlite3_bind_text(statement, index, start, Int32(range.count), Self.transient)
  }

  func text(_ index: Int32, _ value: StaticString) {
    value.withUTF8Buffer { buffer in
      let start = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
      sqlite3_bind_text(statement, index, start, Int32(buffer.count), Self.transient)
    }
  }

  func text(_ index: Int32, _ value: String) {
    var value = value
    value.withUTF8 { buffer in
      let start = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)
        .assumingMemoryBound(to: CChar.self)
      sqlite3_bind_text(statement, index, start, Int32(buffer.count), Self.transient)
    }
  }

  func int(_ index: Int32, _ value: Int) {
    sqlite3_bind_int64(statement, index, sqlite3_int64(value))
  }

  /// Runs the insert; false when the row was already there (the conflict did nothing).
  func run() throws -> Bool {
    let code = sqlite3_step(statement)
    sqlite3_reset(statement)
    guard code == SQLITE_DONE else {
      let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "error \(code)"
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
    }
    return sqlite3_changes(connection) > 0
  }
}
