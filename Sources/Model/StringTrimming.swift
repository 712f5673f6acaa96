extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  func trimmingSpaces() -> String {
    guard first?.isWhitespace == true || last?.isWhitespace == true else { return self }
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
  /// The text without leading and trailing spaces, tabs and carriage returns (TOML's blanks),
  /// found on the UTF-8 bytes: no grapheme rules, no Foundation character sets.
  func trimmingBlanks() -> SubSequence {
    let bytes = utf8
    var start = bytes.startIndex
    var end = bytes.endIndex
    func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    while start != end, isBlank(bytes[start]) { start = bytes.index(after: start) }
    while end != start, isBlank(bytes[bytes.index(before: end)]) {
      end = bytes.index(before: end)
    }
    return self[start..<end]
  }
}

extension String {
  /// The text's lines, split at each "\n" on the UTF-8 bytes: far cheaper than splitting
  /// Characters, and a Windows "\r\n" ends a line too (as one Character it never equals "\n").
  func lineSlices() -> [Substring] {
    var lines: [Substring] = []
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x0A {
        lines.append(self[start..<index])
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    lines.append(self[start..<utf8.endIndex])
    return lines
  }
}
