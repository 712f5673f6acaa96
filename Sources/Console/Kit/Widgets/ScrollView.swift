/// The one scroll view: the first line shown of a text taller than its window,
/// clamped in update so scrolling past an end never leaves presses to undo.
struct ScrollView: Equatable, Sendable {
  private(set) var offset = 0

  /// Moves by `delta` lines inside a text of `lines` lines shown `rows` at a time.
  mutating func scroll(by delta: Int, lines: Int, rows: Int) {
    offset = min(max(0, offset + delta), Self.maxOffset(lines: lines, rows: rows))
  }

  mutating func reset() { offset = 0 }

  static func maxOffset(lines: Int, rows: Int) -> Int { max(0, lines - max(1, rows)) }
}
