import Model

/// One screen cell: a grapheme that starts here, or the hidden right half of a wide one.
struct Cell: Equatable, Sendable {
  /// The glyph drawn from this cell; empty for the second cell of a wide glyph.
  var glyph: String
  var role: StyleRole
  /// True for the hidden second column of a two-column glyph.
  var isContinuation: Bool

  static func blank(_ role: StyleRole) -> Cell {
    Cell(glyph: " ", role: role, isContinuation: false)
  }
}

/// The grid every screen draws into; drivers copy it to the terminal or to text.
///
/// Like ratatui's buffer, it never splits a wide glyph: one that does not fit is
/// dropped and its column padded with a space, and overwriting half of a wide
/// glyph blanks the other half.
struct Canvas: Equatable, Sendable {
  let width: Int
  let height: Int
  private(set) var cells: [Cell]

  /// The rectangle drawing may touch; nil: all of it. A screen draws with the whole
  /// screen's coordinates (as ratatui's buffers do) but only inside its body.
  let clip: Rect?

  init(width: Int, height: Int, role: StyleRole = .plain, clip: Rect? = nil) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.clip = clip
    cells = Array(repeating: .blank(role), count: self.width * self.height)
  }

  /// The height a screen lays itself out against: the row below its body is where
  /// the key line was when screens drew the whole frame.
  var layoutHeight: Int { clip.map { $0.row + $0.height + 1 } ?? height }

  subscript(row: Int, col: Int) -> Cell {
    cells[row * width + col]
  }

  /// Writes `text` from (`row`, `col`), clipped at column `limit` (default: the right
  /// edge). Control characters are skipped. Returns the column after the last glyph.
  @discardableResult
  mutating func put(
    _ text: String, row: Int, col: Int, role: StyleRole = .plain, limit: Int? = nil
  ) -> Int {
    guard row >= 0, row < height else { return col }
    let end = min(limit ?? width, width)
    var x = col
    for character in text {
      guard let w = DisplayWidth.of(character), w > 0 else { continue }
      if x + w > end {
        // A wide glyph that would straddle the edge is dropped, never split.
        if x < end && x >= 0 { setGlyph(" ", row: row, col: x, role: role) }
        return end
      }
      if x >= 0 {
        setGlyph(String(character), row: row, col: x, role: role)
        if w == 2 { setContinuation(row: row, col: x + 1, role: role) }
      }
      x += w
    }
    return x
  }

  /// Writes `text` in exactly `width` columns: cut with an ellipsis, or padded.
  mutating func putFitted(
    _ text: String, row: Int, col: Int, width fieldWidth: Int, role: StyleRole = .plain
  ) {
    guard fieldWidth > 0 else { return }
    let cut = TextLayout.truncate(text, to: fieldWidth)
    put(
      TextLayout.pad(cut, to: fieldWidth), row: row, col: col, role: role, limit: col + fieldWidth)
  }

  /// Paints a rectangle with blanks in `role`.
  mutating func fill(row: Int, col: Int, width w: Int, height h: Int, role: StyleRole) {
    for y in max(0, row)..<min(height, row + h) {
      put(String(repeating: " ", count: max(0, w)), row: y, col: col, role: role, limit: col + w)
    }
  }

  /// Draws a single-line box; the title, if any, sits in the top edge.
  mutating func box(
    row: Int, col: Int, width w: Int, height h: Int, role: StyleRole, title: String? = nil,
    titleRole: StyleRole? = nil
  ) {
    guard w >= 2, h >= 2 else { return }
    let inner = String(repeating: "─", count: w - 2)
    put("┌" + inner + "┐", row: row, col: col, role: role)
    for y in (row + 1)..<(row + h - 1) {
      put("│", row: y, col: col, role: role)
      put("│", row: y, col: col + w - 1, role: role)
    }
    put("└" + inner + "┘", row: row + h - 1, col: col, role: role)
    if let title, w > 6 {
      let label = " " + TextLayout.truncate(title, to: w - 6) + " "
      put(label, row: row, col: col + 2, role: titleRole ?? role)
    }
  }

  /// The grid as plain text lines, the way a terminal shows it (for tests and dumps).
  func lines() -> [String] {
    (0..<height).map { row in
      var line = ""
      for col in 0..<width where !self[row, col].isContinuation {
        line += self[row, col].glyph
      }
      return line
    }
  }

  /// Copies the cells of `other` inside `area` onto this canvas at the same places:
  /// how a screen's body, drawn clipped to its rectangle, joins the frame. A wide
  /// glyph is copied whole or not at all.
  mutating func paste(_ other: Canvas, area: Rect) {
    guard other.width == width, other.height == height else { return }
    for y in max(0, area.row)..<min(height, area.row + area.height) {
      for x in max(0, area.col)..<min(width, area.col + area.width) {
        let cell = other[y, x]
        guard !cell.isContinuation else { continue }
        let wide = x + 1 < width && other[y, x + 1].isContinuation
        if wide && x + 1 >= area.col + area.width { continue }
        setGlyph(cell.glyph, row: y, col: x, role: cell.role)
        if wide { setContinuation(row: y, col: x + 1, role: cell.role) }
      }
    }
  }

  /// Text of one row with trailing spaces removed.
  func text(row: Int) -> String {
    var line = lines()[row]
    while line.last == " " { line.removeLast() }
    return line
  }

  private func isDrawable(row: Int, col: Int) -> Bool {
    guard row >= 0, row < height, col >= 0, col < width else { return false }
    guard let clip else { return true }
    return row >= clip.row && row < clip.row + clip.height && col >= clip.col
      && col < clip.col + clip.width
  }

  private mutating func setGlyph(_ glyph: String, row: Int, col: Int, role: StyleRole) {
    guard isDrawable(row: row, col: col) else { return }
    let index = row * width + col
    // Overwriting either half of a wide glyph blanks its other half.
    if cells[index].isContinuation, col > 0 {
      cells[index - 1] = .blank(cells[index - 1].role)
    }
    if col + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1] = .blank(cells[index + 1].role)
    }
    cells[index] = Cell(glyph: glyph, role: role, isContinuation: false)
  }

  private mutating func setContinuation(row: Int, col: Int, role: StyleRole) {
    guard isDrawable(row: row, col: col) else { return }
    let index = row * width + col
    if col + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1] = .blank(cells[index + 1].role)
    }
    cells[index] = Cell(glyph: "", role: role, isContinuation: true)
  }
}
