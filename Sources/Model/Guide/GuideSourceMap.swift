/// Finds the lines of blocks and keys in a guide's text, since TOMLKit keeps no positions.
struct GuideSourceMap {
  private let lines: [Substring]
  /// Line numbers (1-based) of each `[[step]]` header, in order.
  let stepLines: [Int]
  /// Line numbers (1-based) of each `[[start]]` header, in order.
  let startLines: [Int]

  init(_ source: String) {
    lines = source.lineSlices()
    var steps: [Int] = []
    var starts: [Int] = []
    for (index, line) in lines.enumerated() {
      let header = Self.strip(line)
      if header == "[[step]]" { steps.append(index + 1) }
      if header == "[[start]]" { starts.append(index + 1) }
    }
    stepLines = steps
    startLines = starts
  }

  /// The line of the `position`-th step header, or 1 if the file is laid out unusually.
  func stepLine(_ position: Int) -> Int {
    position < stepLines.count ? stepLines[position] : 1
  }

  func startLine(_ position: Int) -> Int {
    position < startLines.count ? startLines[position] : 1
  }

  /// The line where `key` is set inside the block that begins at `blockLine`, else `blockLine`.
  func line(ofKey key: String, inBlockAt blockLine: Int) -> Int {
    var index = blockLine  // the line after the header, 0-based
    while index < lines.count {
      let text = Self.strip(lines[index])
      if text.hasPrefix("[") { break }
      if text.hasPrefix(key) {
        let rest = text.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix("=") { return index + 1 }
      }
      index += 1
    }
    return blockLine
  }

  /// The line of a top-level key before the first table header, else 1.
  func headerLine(ofKey key: String) -> Int {
    max(1, line(ofKey: key, inBlockAt: 0))
  }

  private static func strip(_ line: Substring) -> Substring {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    var end = trimmed.endIndex
    while end > trimmed.startIndex {
      let before = trimmed.index(before: end)
      guard trimmed[before] == " " || trimmed[before] == "\t" || trimmed[before] == "\r" else {
        break
      }
      end = before
    }
    return trimmed[trimmed.startIndex..<end]
  }
}
