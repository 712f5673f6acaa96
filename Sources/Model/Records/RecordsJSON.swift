import Foundation
import GRDB

/// One exported row as a JSON Lines object, written by hand so a million rows stream without
/// building a dictionary per row.
enum RecordsJSON {
  static func line(table: RecordsTable, columns: [String], row: Row) -> String {
    var out = "{\"table\":\"\(table.exportName)\",\"row\":{"
    for (index, column) in columns.enumerated() {
      if index > 0 { out += "," }
      out += quoted(column) + ":" + value(row[index] as DatabaseValue)
    }
    return out + "}}"
  }

  static func value(_ value: DatabaseValue) -> String {
    switch value.storage {
    case .null: "null"
    case .int64(let number): String(number)
    case .double(let number): number.isFinite ? "\(number)" : "null"
    case .string(let text): quoted(text)
    case .blob(let data): quoted("base64:" + data.base64EncodedString())
    }
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
