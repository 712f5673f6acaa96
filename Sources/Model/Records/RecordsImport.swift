import Foundation
import GRDB

/// Restores a records export (JSON Lines, as `RecordsExport` writes it) into a data dir that has
/// no records yet; all of it or, on the first bad line, none of it.
public struct RecordsImport: Sendable {
  /// Why a restore stopped; `line` is 1-based in the export file.
  public enum Problem: Error, Equatable, Sendable {
    case notEmpty(table: String, rows: Int)
    case badLine(line: Int, reason: String)
    case database(line: Int, message: String)
  }

  public init() {}

  /// Inserts every line that `lines` yields, in one transaction, calling `progress` with the
  /// lines done every 10,000 lines.
  public func run(
    lines: some Sequence<Substring>, into database: AppDatabase,
    progress: (Int) -> Void = { _ in }
  ) throws(Problem) -> [RecordsTable: Int] {
    do {
      return try database.write { db in try restore(lines, db: db, progress: progress) }
    } catch let problem as Problem {
      throw problem
    } catch {
      throw .database(line: 0, message: "\(error)")
    }
  }

  private func restore(
    _ lines: some Sequence<Substring>, db: Database, progress: (Int) -> Void
  ) throws -> [RecordsTable: Int] {
    var columnsByTable: [RecordsTable: Set<String>] = [:]
    for table in RecordsTable.allCases {
      let rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.rawValue)") ?? 0
      if rows > 0 { throw Problem.notEmpty(table: table.exportName, rows: rows) }
      columnsByTable[table] = Set(try db.columns(in: table.rawValue).map(\.name))
    }
    let tables = Dictionary(uniqueKeysWithValues: RecordsTable.allCases.map { ($0.exportName, $0) })
    var counts: [RecordsTable: Int] = [:]
    var number = 0
    for text in lines {
      number += 1
      if text.allSatisfy(\.isWhitespace) { continue }
      let (table, row) = try parse(text, line: number, tables: tables)
      let known = columnsByTable[table] ?? []
      if let unknown = row.keys.sorted().first(where: { !known.contains($0) }) {
        throw Problem.badLine(line: number, reason: "\(table.exportName) has no column \(unknown)")
      }
      try insert(table, row, db: db, line: number)
      counts[table, default: 0] += 1
      if number % 10_000 == 0 { progress(number) }
    }
    progress(number)
    return counts
  }

  private func parse(_ text: Substring, line: Int, tables: [String: RecordsTable]) throws
    -> (RecordsTable, [String: DatabaseValue])
  {
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    else { throw Problem.badLine(line: line, reason: "not a JSON object") }
    guard let name = object["table"] as? String, let table = tables[name] else {
      throw Problem.badLine(line: line, reason: "no known \"table\"")
    }
    guard let fields = object["row"] as? [String: Any] else {
      throw Problem.badLine(line: line, reason: "no \"row\" object")
    }
    var row: [String: DatabaseValue] = [:]
    for (column, value) in fields {
      switch value {
      case is NSNull: row[column] = .null
      case let text as String:
        if text.hasPrefix("base64:"), let data = Data(base64Encoded: String(text.dropFirst(7))) {
          row[column] = data.databaseValue
        } else {
          row[column] = text.databaseValue
        }
      case let number as NSNumber:
        // JSON numbers: whole ones stay integers (IDs, counts, flags), others are real.
        let real = number.doubleValue
        if real == real.rounded(), abs(real) < 9e15 {
          row[column] = number.int64Value.databaseValue
        } else {
          row[column] = real.databaseValue
        }
      default: throw Problem.badLine(line: line, reason: "\(column) is not a plain value")
      }
    }
    return (table, row)
  }

  private func insert(
    _ table: RecordsTable, _ row: [String: DatabaseValue], db: Database, line: Int
  ) throws {
    let columns = row.keys.sorted()
    let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
    let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
    do {
      try db.execute(
        sql: "INSERT INTO \(table.rawValue) (\(names)) VALUES (\(marks))",
        arguments: StatementArguments(columns.map { row[$0] ?? .null }))
    } catch {
      throw Problem.database(line: line, message: "\(error)")
    }
  }
}
