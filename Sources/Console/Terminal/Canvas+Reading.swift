/// What drivers and tests read back from a canvas: rows compared, runs of one role, the
/// scalars of a cell.
extension Canvas {
  /// Whether `row` looks the same here and in `other` (same glyphs in the same roles).
  /// `sameRoles`: whether the two role tables are equal, when the caller knows (a driver
  /// compares every row of two frames and need not compare their tables each time).
  func rowEquals(_ other: Canvas, row: Int, sameRoles: Bool? = nil) -> Bool {
    guard other.width == width, row >= 0, row < height, row < other.height else { return false }
    let start = row * width
    // Frames drawn by the same code name their roles in the same order, so the cells
    // can be compared as they are stored; otherwise compare what they stand for.
    let sameTables = sameRoles ?? (roles == other.roles)
    for i in start..<start + width {
      let a = cells[i]
      let b = other.cells[i]
      if sameTables && a == b && !a.isCluster { continue }
      if !sameTables || a.role != b.role {
        guard roles[Int(a.role)] == other.roles[Int(b.role)] else { return false }
      }
      if a.code != b.code || a.isCluster {
        guard a.isContinuation == b.isContinuation, glyph(a) == other.glyph(b) else { return false }
      }
    }
    return true
  }

  /// Calls `body` for each run of cells in one role along `row`: the role, the first
  /// column and the column after the run. Drivers set the style once per run.
  func forEachRun(row: Int, _ body: (StyleRole, Int, Int) -> Void) {
    let start = row * width
    var col = 0
    while col < width {
      let role = cells[start + col].role
      let first = col
      while col < width, cells[start + col].role == role { col += 1 }
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
