/// Finds the line where a key is written in TOML source, so errors found after
/// parsing (the parser keeps no positions for values) can still say where.
public enum TOMLKeyLocator {
  /// 1-based line of `key = …` inside `[table]` (or at top level when `table` is nil);
  /// falls back to the table header's line, then to 1.
  public static func line(ofKey key: String, inTable table: String?, source: String) -> Int {
    var currentTable: String? = nil
    var tableLine: Int? = nil
    for (index, rawLine) in source.lineSlices().enumerated() {
      let line = rawLine.trimmingBlanks()
      if line.hasPrefix("[") {
        currentTable = line.filter { $0 != "[" && $0 != "]" }.trimmingBlanks().replacingQuotes()
        if currentTable == table { tableLine = index + 1 }
        continue
      }
      guard currentTable == table, let equals = line.firstIndex(of: "=") else { continue }
      let name = line[..<equals].trimmingBlanks().replacingQuotes()
      if name == key { return index + 1 }
    }
    return tableLine ?? 1
  }
}

extension StringProtocol {
  fileprivate func replacingQuotes() -> String {
    String(self.filter { $0 != "\"" && $0 != "'" })
  }
}
