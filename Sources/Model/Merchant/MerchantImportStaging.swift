import GRDB
import GRDBSQLite

/// Phase one of an import: every row of the file checked and kept in TEMP tables.
///
/// TEMP tables belong to this connection alone, so filling them takes no lock on the shared
/// database file: a console selling meanwhile never waits on this phase, however long the
/// file. Rows are appended in file order (cheap), then sorted once by an index, which also
/// finds numbers and terminals that occur twice in the file without a dictionary in memory
/// that grows with the file.
struct MerchantImportStaging {
  /// Problems found so far; the first `listedProblemLimit` are kept, all are counted.
  var problems: [MerchantImportProblem] = []
  var problemCount = 0
  /// Good rows kept.
  var rows = 0

  // 64 KiB temp pages: the staging tables outgrow their cache and spill to a temp file, which
  // SQLite reads and writes a page per system call.
  static let createTables = """
    PRAGMA temp.page_size = 65536;
    DROP TABLE IF EXISTS temp.import_merchant;
    DROP TABLE IF EXISTS temp.import_terminal;
    DROP TABLE IF EXISTS temp.import_write;
    PRAGMA temp.cache_size = -16384;
    CREATE TEMP TABLE import_merchant (
      number TEXT NOT NULL, name TEXT NOT NULL, mcc TEXT NOT NULL,
      region TEXT NOT NULL, scan_enabled INTEGER NOT NULL, card_enabled INTEGER NOT NULL,
      status TEXT NOT NULL, terminals TEXT NOT NULL, line INTEGER NOT NULL);
    CREATE TEMP TABLE import_terminal (
      terminal TEXT NOT NULL, merchant_number TEXT NOT NULL, line INTEGER NOT NULL);
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
      sql: "INSERT INTO temp.import_merchant VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    let insertTerminal = try db.makeStatement(
      sql: "INSERT INTO temp.import_terminal VALUES (?, ?, ?)")

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
        try stageFast(values, row, merchantInsert, terminalInsert)
        continue
      }
      switch header.record(row.fields, line: row.line) {
      case .failure(let problem): report(problem)
      case .success(let record):
        try stage(record, line: row.line, merchantInsert, terminalInsert)
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
    _ merchantInsert: RawInsert, _ terminalInsert: RawInsert
  ) throws {
    let number = values.number
    try row.bytes.withUnsafeBufferPointer { bytes in
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
      try merchantInsert.run()
      for item in 0..<values.terminalCount {
        let first = values.terminals.lowerBound + item * (TerminalNumber.length + 1)
        terminalInsert.text(1, bytes, first..<first + TerminalNumber.length)
        terminalInsert.text(2, bytes, number)
        terminalInsert.int(3, row.line)
        try terminalInsert.run()
      }
    }
    rows += 1
  }

  /// A row read the careful way, bound from its record.
  private mutating func stage(
    _ record: MerchantRecord, line: Int, _ merchantInsert: RawInsert, _ terminalInsert: RawInsert
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
    try merchantInsert.run()
    rows += 1
    for terminal in terminals {
      terminalInsert.text(1, terminal)
      terminalInsert.text(2, digits)
      terminalInsert.int(3, line)
      try terminalInsert.run()
    }
  }

  /// Sorts the staged rows (one index each) and reports every number and terminal the file
  /// holds twice, at the later line, naming the first. A repeated row is named once, for
  /// its number, not again for its terminals.
  mutating func sortAndFindRepeats(in db: Database) throws {
    let numbersRepeat = try Self.sort(
      "import_merchant", by: "number", index: "import_merchant_by_number", db)
    let terminalsRepeat = try Self.sort(
      "import_terminal", by: "terminal", index: "import_terminal_by_terminal", db)
    var repeatedLines: Set<Int> = []
    let repeatedNumbers =
      numbersRepeat ? try Self.laterRepeats(of: "number", in: "import_merchant", db) : []
    for repeated in repeatedNumbers {
      repeatedLines.insert(repeated.line)
      let shown = MerchantNumber(validDigits: repeated.value).map { "\($0)" } ?? repeated.value
      report(
        MerchantImportProblem(
          line: repeated.line, column: .merchantNumber,
          message: .repeatedNumber(shown, firstLine: repeated.first)))
    }
    let repeatedTerminals =
      terminalsRepeat ? try Self.laterRepeats(of: "terminal", in: "import_terminal", db) : []
    for repeated in repeatedTerminals where !repeatedLines.contains(repeated.line) {
      let terminal = repeated.value
      report(
        MerchantImportProblem(
          line: repeated.line, column: .terminals,
          message: .repeatedTerminal(terminal, firstLine: repeated.first)))
    }
    problems.sort { $0.line < $1.line }
  }
  /// Indexes staging table `table` by `column`; whether some value is on two lines. A file
  /// without repeats (the usual one) gets a unique index in one sort and needs no search for
  /// repeats; when SQLite refuses it, the index keeps the line too, for `laterRepeats`.
  private static func sort(
    _ table: String, by column: String, index: String, _ db: Database
  ) throws -> Bool {
    // The names are this file's own constants, never input.
    do {
      try db.execute(sql: "CREATE UNIQUE INDEX temp.\(index) ON \(table)(\(column))")
      return false
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
      try db.execute(sql: "CREATE INDEX temp.\(index) ON \(table)(\(column), line)")
      return true
    }
  }

  /// Every row of staging table `table` whose `column` value came on an earlier line too:
  /// the value, its line and the first line that had it, in file order.
  private static func laterRepeats(of column: String, in table: String, _ db: Database) throws
    -> [(value: String, line: Int, first: Int)]
  {
    // Both names are this file's own constants, never input.
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT r.\(column) AS value, r.line, (SELECT min(line) FROM temp.\(table) f
                                    WHERE f.\(column) = r.\(column)) AS first
        FROM temp.\(table) r
        WHERE r.\(column) IN (SELECT \(column) FROM temp.\(table) GROUP BY \(column)
                            HAVING count(*) > 1)
        ORDER BY r.line
        """)
    return rows.compactMap { row in
      let line: Int = row["line"]
      let first: Int = row["first"]
      return line == first ? nil : (row["value"], line, first)
    }
  }
}

/// An `INSERT` driven through SQLite's own API: binding bytes
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

  /// Binds bytes without a copy (SQLITE_STATIC, a null destructor): the caller runs the
  /// insert while `bytes` is still in reach, and SQLite is done with them once it returns.
  func text(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    let start = UnsafeRawPointer(bytes.baseAddress! + range.lowerBound)
      .assumingMemoryBound(to: CChar.self)
    sqlite3_bind_text(statement, index, start, Int32(range.count), nil)
  }

  func text(_ index: Int32, _ value: StaticString) {
    value.withUTF8Buffer { buffer in
      let start = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
      sqlite3_bind_text(statement, index, start, Int32(buffer.count), nil)  // static text
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

  /// Runs the insert.
  func run() throws {
    let code = sqlite3_step(statement)
    sqlite3_reset(statement)
    guard code == SQLITE_DONE else {
      let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "error \(code)"
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
    }
  }
}
