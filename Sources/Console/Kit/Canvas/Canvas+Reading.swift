/// What drivers and tests read back from a canvas: rows compared, runs of one role, the
/// scalars of a cell.
extension Canvas {
  /// Whether `row` looks the same here and in `other` (same glyphs in the same roles).
  /// `sameRoles`: whether the two role tables are equal, when the caller knows (a driver
  /// compares every row of two frames and need not compare their tables each time).
  func rowEquals(_ other: Canvas, row: Int, sameRoles: Bool? = nil) -> Bool {
    guard other.width == width, row >= 0, row < height, row < other.height else { return false }
    return changedColumns(from: other, row: row, sameRoles: sameRoles) == nil
  }

  /// The columns of `row` that look different here and in `other`, from the first changed
  /// glyph to the last, never starting or ending inside a wide glyph; nil when none differ.
  /// A driver repaints only these: a menu move changes two cells, not two rows.
  func changedColumns(from other: Canvas, row: Int, sameRoles: Bool? = nil) -> Range<Int>? {
    guard other.width == width, row >= 0, row < height, row < other.height else {
      return 0..<width
    }
    let start = row * width
    // Frames drawn by the same code name their roles in the same order, so the cells
    // can be compared as they are stored; otherwise compare what they stand for.
    let sameTables = sameRoles ?? (roles == other.roles)
    func same(_ col: Int) -> Bool {
      let a = cells[start + col]
      let b = other.cells[start + col]
      if sameTables && a == b && !a.isCluster { return true }
      if !sameTables || a.role != b.role {
        guard roles[Int(a.role)] == other.roles[Int(b.role)] else { return false }
      }
      if a.code != b.code || a.isCluster {
        return a.isContinuation == b.isContinuation && glyph(a) == other.glyph(b)
      }
      return true
    }
    guard var first = (0..<width).first(where: { !same($0) }) else { return nil }
    var end = (first..<width).last(where: { !same($0) }).map { $0 + 1 } ?? first + 1
    // Whole glyphs only, in both frames: a wide glyph is drawn from its first column.
    func continues(_ canvas: Canvas, _ col: Int) -> Bool {
      col < width && canvas.cells[start + col].isContinuation
    }
    while first > 0 && (continues(self, first) || continues(other, first)) { first -= 1 }
    while end < width && (continues(self, end) || continues(other, end)) { end += 1 }
    return first..<end
  }

  /// Calls `body` for each run of cells in one role along `row`: the role, the first
  /// column and the column after the run. Drivers set the style once per run.
  func forEachRun(row: Int, in columns: Range<Int>? = nil, _ body: (StyleRole, Int, Int) -> Void) {
    let start = row * width
    let span = columns ?? 0..<width
    var col = max(0, span.lowerBound)
    let last = min(width, span.upperBound)
    while col < last {
      let role = cells[start + col].role
      let first = col
      while col < last, cells[start + col].role == role { col += 1 }
      body(roles[Int(role)], first, col)
    }
  }

  /// Appends the scalars drawn from the cell at (`row`, `col`); a continuation adds none.
  func appendScalars(row: Int, col: Int, to buffer: inout [Int32]) {
    let cell = cells[row * width + col]
    if cell.isContinuation { return }
    if !cell.isCluster {
      buffer.append(Int32(bitPattern: cell.code))
    } else {
      for scalar in glyph(cell).unicodeScalars { buffer.append(Int32(bitPattern: scalar.value)) }
    }
  }
}

extension Canvas: Equatable {
  /// Equal when they show the same: same size and clip, same glyphs in the same roles.
  static func == (lhs: Canvas, rhs: Canvas) -> Bool {
    lhs.width == rhs.width && lhs.height == rhs.height && lhs.clip == rhs.clip
      && (0..<lhs.height).allSatisfy { lhs.rowEquals(rhs, row: $0) }
  }
}
