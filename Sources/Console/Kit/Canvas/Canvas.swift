import Model

/// The grid every screen draws into; drivers copy it to the terminal or to text.
///
/// Like ratatui's buffer, it never splits a wide glyph: one that does not fit is
/// dropped and its column padded with a space, and overwriting half of a wide
/// glyph blanks the other half.
struct Canvas: Sendable {
  let width: Int
  let height: Int
  private(set) var cells: [PackedCell]
  /// The roles the cells name, in the order first used (a screen uses a handful).
  private(set) var roles: [StyleRole]
  /// Glyphs of more than one scalar (a letter and its accent), which a cell cannot hold.
  private(set) var clusters: [String] = []

  /// The rectangle drawing may touch; nil: all of it. A screen draws with the whole
  /// screen's coordinates (as ratatui's buffers do) but only inside its body.
  private(set) var clip: Rect?

  init(width: Int, height: Int, role: StyleRole = .plain, clip: Rect? = nil) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.clip = clip
    roles = [role]
    cells = Array(
      repeating: PackedCell(code: PackedCell.space, role: 0), count: self.width * self.height)
  }

  /// The height a screen lays itself out against: the row below its body is where
  /// the key line was when screens drew the whole frame.
  var layoutHeight: Int { clip.map { $0.row + $0.height + 1 } ?? height }

  subscript(row: Int, col: Int) -> Cell {
    let cell = cells[row * width + col]
    return Cell(
      glyph: glyph(cell), role: roles[Int(cell.role)], isContinuation: cell.isContinuation)
  }

  /// The role of the cell at (`row`, `col`).
  func role(row: Int, col: Int) -> StyleRole { roles[Int(cells[row * width + col].role)] }

  /// Writes `text` from (`row`, `col`), clipped at column `limit` (default: the right
  /// edge). Control characters are skipped. Returns the column after the last glyph.
  @discardableResult
  mutating func put(
    _ text: String, row: Int, col: Int, role: StyleRole = .plain, limit: Int? = nil
  ) -> Int {
    guard row >= 0, row < height else { return col }
    let end = min(limit ?? width, width)
    let roleIndex = index(of: role)
    var x = col
    // Most text on screen is ASCII: one byte, one column, one scalar, no grapheme rules.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      for byte in text.utf8 where byte >= 0x20 && byte != 0x7F {
        if x >= end { return end }
        if x >= 0 { setGlyph(UInt32(byte), row: row, col: x, role: roleIndex) }
        x += 1
      }
      return x
    }
    // Scalars that always stand alone as a glyph (CJK, punctuation, box drawing) skip
    // the grapheme rules; from the first one that may join a neighbour on, they apply.
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index != scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      guard DisplayWidth.standsAlone(scalar),
        next == scalars.endIndex || DisplayWidth.standsAlone(scalars[next])
      else {
        return putGraphemes(text[index...], row: row, from: x, end: end, role: roleIndex)
      }
      guard let w = DisplayWidth.of(scalar) else {
        index = next
        continue
      }
      guard place(scalar.value, width: w, row: row, col: x, end: end, role: roleIndex) else {
        return end
      }
      x += w
      index = next
    }
    return x
  }

  /// `put` for text whose glyphs may span several scalars.
  private mutating func putGraphemes(
    _ text: Substring, row: Int, from col: Int, end: Int, role: UInt16
  ) -> Int {
    var x = col
    for character in text {
      guard let w = DisplayWidth.of(character), w > 0 else { continue }
      guard place(code(of: character), width: w, row: row, col: x, end: end, role: role) else {
        return end
      }
      x += w
    }
    return x
  }

  /// Puts one glyph `width` columns wide at (`row`, `col`); false when it does not fit
  /// before `end` (then it is dropped, never split, and its column padded).
  private mutating func place(
    _ code: UInt32, width w: Int, row: Int, col x: Int, end: Int, role: UInt16
  ) -> Bool {
    guard w > 0 else { return true }
    if x + w > end {
      if x < end && x >= 0 { setGlyph(PackedCell.space, row: row, col: x, role: role) }
      return false
    }
    guard x >= 0 else { return true }
    if w == 2, isDrawable(row: row, col: x) != isDrawable(row: row, col: x + 1) {
      // Half of it is outside the clip: the half inside shows the canvas's blank.
      let inside = isDrawable(row: row, col: x) ? x : x + 1
      setGlyph(PackedCell.space, row: row, col: inside, role: 0)
      return true
    }
    setGlyph(code, row: row, col: x, role: role)
    if w == 2 { setContinuation(row: row, col: x + 1, role: role) }
    return true
  }

  /// Writes `text` in exactly `width` columns: cut with an ellipsis, or padded.
  mutating func putFitted(
    _ text: String, row: Int, col: Int, width fieldWidth: Int, role: StyleRole = .plain
  ) {
    guard fieldWidth > 0 else { return }
    // Drawn in place and the rest blanked, rather than building a padded copy: every menu
    // row of every frame comes through here.
    let end = col + fieldWidth
    let x = put(
      TextLayout.truncate(text, to: fieldWidth), row: row, col: col, role: role, limit: end)
    fill(row: row, col: x, width: end - x, height: 1, role: role)
  }

  /// Paints a rectangle with blanks in `role`.
  mutating func fill(row: Int, col: Int, width w: Int, height h: Int, role: StyleRole) {
    let roleIndex = index(of: role)
    for y in max(0, row)..<min(height, row + h) {
      for x in max(0, col)..<min(width, col + max(0, w)) {
        setGlyph(PackedCell.space, row: y, col: x, role: roleIndex)
      }
    }
  }

  /// Draws a single-line box; the title, if any, sits in the top edge.
  mutating func box(
    row: Int, col: Int, width w: Int, height h: Int, role: StyleRole, title: String? = nil,
    titleRole: StyleRole? = nil
  ) {
    guard w >= 2, h >= 2 else { return }
    // Glyph by glyph (each is one column; setGlyph keeps to the grid and the clip): no
    // strings built for a frame drawn on every key.
    let roleIndex = index(of: role)
    let right = col + w - 1
    let bottom = row + h - 1
    for x in col...right {
      let corner = x == col || x == right
      setGlyph(corner ? (x == col ? 0x250C : 0x2510) : 0x2500, row: row, col: x, role: roleIndex)
      setGlyph(corner ? (x == col ? 0x2514 : 0x2518) : 0x2500, row: bottom, col: x, role: roleIndex)
    }
    for y in (row + 1)..<bottom {
      setGlyph(0x2502, row: y, col: col, role: roleIndex)
      setGlyph(0x2502, row: y, col: right, role: roleIndex)
    }
    if let title, w > 6 {
      let label = " " + TextLayout.truncate(title, to: w - 6) + " "
      put(label, row: row, col: col + 2, role: titleRole ?? role)
    }
  }

  /// The grid as plain text lines, the way a terminal shows it (for tests and dumps).
  func lines() -> [String] {
    (0..<height).map { line(row: $0) }
  }

  /// Runs `draw` with drawing limited to `area` (a screen's body), then lifts the limit:
  /// the body is drawn straight into the frame, with no second grid to copy.
  mutating func drawClipped(to area: Rect, _ draw: (inout Canvas) -> Void) {
    let saved = clip
    clip = area
    draw(&self)
    clip = saved
  }

  /// Text of one row with trailing spaces removed.
  func text(row: Int) -> String {
    var line = line(row: row)
    while line.last == " " { line.removeLast() }
    return line
  }

  private func line(row: Int) -> String {
    var line = ""
    line.reserveCapacity(width)
    for col in 0..<width {
      let cell = cells[row * width + col]
      if cell.isContinuation { continue }
      if !cell.isCluster, let scalar = Unicode.Scalar(cell.code) {
        line.unicodeScalars.append(scalar)
      } else {
        line += glyph(cell)
      }
    }
    return line
  }

  /// The text a packed cell stands for.
  func glyph(_ cell: PackedCell) -> String {
    if cell.isContinuation { return "" }
    if cell.isCluster {
      return clusters[Int(cell.code & ~PackedCell.clusterFlag)]
    }
    return Unicode.Scalar(cell.code).map { String(Character($0)) } ?? " "
  }

  private mutating func index(of role: StyleRole) -> UInt16 {
    if let found = roles.firstIndex(of: role) { return UInt16(found) }
    roles.append(role)
    return UInt16(roles.count - 1)
  }

  private mutating func code(of character: Character) -> UInt32 {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let only = scalars.first { return only.value }
    return code(cluster: String(character))
  }

  private mutating func code(cluster: String) -> UInt32 {
    clusters.append(cluster)
    return PackedCell.clusterFlag | UInt32(clusters.count - 1)
  }

  private func isDrawable(row: Int, col: Int) -> Bool {
    guard row >= 0, row < height, col >= 0, col < width else { return false }
    guard let clip else { return true }
    return row >= clip.row && row < clip.row + clip.height && col >= clip.col
      && col < clip.col + clip.width
  }

  private mutating func setGlyph(_ code: UInt32, row: Int, col: Int, role: UInt16) {
    guard isDrawable(row: row, col: col) else { return }
    let index = row * width + col
    // Overwriting either half of a wide glyph blanks its other half.
    if cells[index].isContinuation, col > 0 {
      cells[index - 1].code = PackedCell.space
    }
    if col + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1].code = PackedCell.space
    }
    cells[index] = PackedCell(code: code, role: role)
  }

  private mutating func setContinuation(row: Int, col: Int, role: UInt16) {
    guard isDrawable(row: row, col: col) else { return }
    let index = row * width + col
    if col + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1].code = PackedCell.space
    }
    cells[index] = PackedCell(code: PackedCell.continuation, role: role)
  }
}
