import GRDB

/// CSV for the owner's spreadsheet: RFC 4180 quoting, and a cell that a spreadsheet would run
/// as a formula (starting with = + - @, a tab or a carriage return) is written with a leading
/// apostrophe, which spreadsheets show as text.
enum RecordsCSV {
  static func line(_ cells: [String]) -> String {
    cells.map(quoted).joined(separator: ",")
  }

  static func cell(_ value: DatabaseValue) -> String {
    switch value.storage {
    case .null: ""
    case .int64(let number): String(number)
    case .double(let number): "\(number)"
    case .string(let text): guarded(text)
    case .blob(let data): "base64:" + data.base64EncodedString()
    }
  }

  /// The merchant export's rule, so every CSV the console writes is disarmed alike.
  static func guarded(_ text: String) -> String { MerchantNameSafety.exported(text) }

  static func quoted(_ cell: String) -> String {
    guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
