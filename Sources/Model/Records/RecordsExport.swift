import Foundation
import GRDB

/// Streams the records (sessions, answers, cases, care, training) out of the app database,
/// one row at a time, for a backup or the owner's spreadsheet.
public struct RecordsExport: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    /// JSON Lines: one `{"table": …, "row": {…}}` object a line; what `RecordsImport` restores.
    case json
    /// One CSV per table, a header row of column names first.
    case csv
  }

  public var since: Date?

  public init(since: Date? = nil) {
    self.since = since
  }

  /// Rows in each table that the export will write.
  public func counts(_ database: AppDatabase) throws(RecordsStoreError) -> [RecordsTable: Int] {
    try RecordsDatabaseAccess(database: database).read("count records") { db in
      var counts: [RecordsTable: Int] = [:]
      for table in RecordsTable.allCases {
        counts[table] =
          try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM \(table.rawValue) WHERE \(filter(table))",
            arguments: [since, since]) ?? 0
      }
      return counts
    }
  }

  /// Writes `table`'s rows in `format` through `write`, calling `progress` with the rows done
  /// so far every `progressEvery` rows and at the end.
  public func write(
    _ table: RecordsTable, format: Format, on database: AppDatabase,
    progressEvery: Int = 10_000, progress: (Int) -> Void = { _ in },
    write: (String) throws -> Void
  ) throws(RecordsStoreError) {
    try RecordsDatabaseAccess(database: database).read("export \(table.exportName)") { db in
      let statement = try db.makeStatement(
        sql: "SELECT * FROM \(table.rawValue) WHERE \(filter(table)) ORDER BY rowid")
      let columns = statement.columnNames
      if format == .csv { try write(RecordsCSV.line(columns) + "\n") }
      let cursor = try Row.fetchCursor(statement, arguments: [since, since])
      var done = 0
      var buffer = ""
      while let row = try cursor.next() {
        switch format {
        case .json: buffer += RecordsJSON.line(table: table, columns: columns, row: row)
        case .csv:
          buffer += RecordsCSV.line(
            columns.indices.map { RecordsCSV.cell(row[$0] as DatabaseValue) })
        }
        buffer += "\n"
        done += 1
        if done % progressEvery == 0 {
          try write(buffer)
          buffer.removeAll(keepingCapacity: true)
          progress(done)
        }
      }
      if !buffer.isEmpty { try write(buffer) }
      progress(done)
    }
  }

  private func filter(_ table: RecordsTable) -> String {
    "(? IS NULL OR \(table.dateColumn) >= ?)"
  }
}
