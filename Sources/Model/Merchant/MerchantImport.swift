import GRDB

/// Imports a directory CSV: all rows or none; rows upserted by merchant number.
///
/// The file is streamed (memory stays flat however many rows it has) and checked whole into
/// TEMP tables before the directory is touched (`MerchantImportStaging`); only a file without
/// a single problem is written, in short transactions (`MerchantImportApply`). A file whose
/// every row is already in the directory writes nothing at all.
extension MerchantDirectory {
  /// Imports the CSV file at `path`; `progress` hears how far the work has got.
  public func importCSV(
    path: String, progress: (MerchantImportProgress) -> Void = { _ in }
  ) throws(MerchantImportError) -> MerchantImportSummary {
    let source = try CSVFileSource(path: path)
    return try importCSV(
      source: source, totalBytes: source.size, path: path, progress: progress)
  }

  /// Imports CSV text: checks the header, then every row; changes the directory only when
  /// every row is good. Importing the same text again reports every row unchanged.
  public func importCSV(text: String) throws(MerchantImportError) -> MerchantImportSummary {
    let source = CSVTextSource(text)
    return try importCSV(source: source, totalBytes: source.count, path: "", progress: { _ in })
  }

  func importCSV<Source: CSVByteSource>(
    source: Source, totalBytes: Int?, path: String,
    apply: MerchantImportApply = MerchantImportApply(),
    progress: (MerchantImportProgress) -> Void
  ) throws(MerchantImportError) -> MerchantImportSummary {
    var reader = CSVStreamReader(source: source)
    var headerRow = CSVStreamReader<Source>.Row(line: 1)
    do {
      guard try reader.nextRow(into: &headerRow), headerRow.fields != [""] else {
        throw MerchantImportError.badHeader(
          problems: [.emptyFile])
      }
    } catch let failure as CSVStreamReader<Source>.Failure {
      throw Self.importError(failure, path: path)
    } catch let error as MerchantImportError {
      throw error
    } catch {
      throw .database(message: "\(error)")
    }
    let header: MerchantCSVRow
    switch MerchantCSVRow.header(headerRow.fields) {
    case .success(let good): header = good
    case .failure(let error): throw error
    }

    let lock = try MerchantImportLock(databasePath: database.writer.path)
    defer { withExtendedLifetime(lock) {} }
    var apply = apply
    if apply.waitingWriters == nil, let intent = database.writeIntent {
      apply.waitingWriters = WriteIntent.Yielder(intent)
    }
    var outcome: Result<MerchantImportSummary, MerchantImportError> = .failure(
      .database(message: "the import did not run"))
    do {
      try database.writer.inDatabase { db in
        try db.execute(sql: MerchantImportStaging.createTables)
        defer { try? db.execute(sql: MerchantImportStaging.dropTables) }
        var staging = MerchantImportStaging()
        let readFailure = try staging.fill(
          from: &reader, header: header, totalBytes: totalBytes, in: db, progress: progress)
        if let readFailure {
          switch readFailure {
          case .strayQuote(let line), .unterminatedQuote(let line):
            staging.report(
              MerchantImportProblem(line: line, column: nil, message: Self.quoting(readFailure)))
          case .notUTF8, .unreadable:
            outcome = .failure(Self.importError(readFailure, path: path))
            return
          }
        }
        try staging.sortAndFindRepeats(in: db)
        if staging.problemCount == 0 {
          try MerchantImportApply.takenTerminals(in: db, into: &staging)
        }
        guard staging.problemCount == 0 else {
          outcome = .failure(.badRows(problems: staging.problems, total: staging.problemCount))
          return
        }
        let summary = try MerchantImportApply.classify(in: db, inPlaceLimit: apply.inPlaceLimit)
        // Foreign keys stay off while tables are built aside and renamed (see the swap).
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        try apply.write(summary, in: db, progress: progress)
        outcome = .success(summary)
      }
    } catch let error as MerchantDirectoryError {
      throw .database(message: error.message(.en))
    } catch {
      throw .database(message: "\(error)")
    }
    return try outcome.get()
  }

  private static func importError<Source>(
    _ failure: CSVStreamReader<Source>.Failure, path: String
  ) -> MerchantImportError {
    let name = path.isEmpty ? "the text" : path
    switch failure {
    case .notUTF8(let line):
      return .unreadableFile(
        path: name, reason: "line \(line) is not UTF-8 text (save the file as UTF-8 CSV)")
    case .unreadable(let reason):
      return .unreadableFile(path: name, reason: reason)
    case .strayQuote(let line), .unterminatedQuote(let line):
      return .badRows(
        problems: [MerchantImportProblem(line: line, column: nil, message: quoting(failure))],
        total: 1)
    }
  }

  private static func quoting<Source>(_ failure: CSVStreamReader<Source>.Failure)
    -> MerchantImportText
  {
    switch failure {
    case .unterminatedQuote: .brokenQuoting(unterminated: true)
    default: .brokenQuoting(unterminated: false)
    }
  }
}

extension MerchantDirectory {
  /// Writes the whole directory as CSV, header first, one `write` call per line (with "\n"),
  /// streamed from a cursor; `progress` hears every few thousand rows.
  public func exportCSV(
    _ write: (String) -> Void, progress: ((MerchantImportProgress) -> Void)? = nil
  ) throws(MerchantDirectoryError) {
    write(MerchantCSVFormat.header + "\n")
    let total = progress == nil ? nil : try count()
    var rows = 0
    try forEachMerchant { record in
      write(MerchantCSVFormat.line(for: record) + "\n")
      rows += 1
      if let progress, rows % 4096 == 0 {
        progress(MerchantImportProgress(phase: .writing, rows: rows, totalRows: total))
      }
    }
  }
}
