/// Where tables, array entries and keys sit in a TOML text, so findings can name a line:
/// TOMLKit gives line numbers only for syntax errors, not for parsed values.
struct TOMLLineIndex {
  private var headers: [String: Int] = [:]
  private var keys: [String: Int] = [:]

  init(_ text: String) {
    var counts: [String: Int] = [:]
    var current = ""
    for (number, raw) in text.lineSlices().enumerated() {
      let line = raw.trimmingBlanks()
      if line.hasPrefix("[[") {
        let name = Self.headerName(line, brackets: 2)
        let index = counts[name, default: 0]
        counts[name] = index + 1
        current = "\(name)#\(index)"
        headers[current] = number + 1
      } else if line.hasPrefix("[") {
        current = Self.headerName(line, brackets: 1)
        headers[current] = number + 1
      } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
        let key = line[..<equals].trimmingBlanks()
        let place = "\(current).\(key)"
        if keys[place] == nil { keys[place] = number + 1 }
      }
    }
  }

  /// The line of `key` in table `[name]`, else the table's header line, else 1.
  func line(table name: String, key: String? = nil) -> Int {
    if let key, let line = keys["\(name).\(key)"] { return line }
    return headers[name] ?? 1
  }

  /// The line of `key` in the `index`th `[[name]]` entry, else the entry's header line.
  func line(array name: String, index: Int, key: String? = nil) -> Int {
    line(table: "\(name)#\(index)", key: key)
  }

  private static func headerName(_ line: Substring, brackets: Int) -> String {
    let inner = line.dropFirst(brackets)
    let end = inner.firstIndex(of: "]") ?? inner.endIndex
    return String(inner[..<end].trimmingBlanks())
  }
}
