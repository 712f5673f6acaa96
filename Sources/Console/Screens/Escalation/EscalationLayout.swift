/// Where each pane's parts sit on the screen, inside the body rectangle the frame
/// gives it (the title, notices, training bar and key line are outside it).
enum EscalationLayout {
  /// The row of the menu line, or of the saved path (the row above it says "saved").
  static func menuRow(_ body: Rect) -> Int { body.row + body.height - 1 }

  /// The first row and the number of rows of the scrolled part of `pane`.
  static func scrolled(_ pane: EscalationPane, _ body: Rect) -> (top: Int, rows: Int) {
    let top: Int
    let bottom: Int  // first row below the scrolled part
    switch pane {
    case .steps: (top, bottom) = (7, menuRow(body) - 1)
    case .summary: (top, bottom) = (2, menuRow(body) - 1)
    case .lookup: (top, bottom) = (fieldRow + 2, body.row + body.height)
    case .slipCheck: (top, bottom) = (fieldRow + 4, body.row + body.height)
    }
    return (top, max(1, bottom - top))
  }

  /// The row of a form's first field, below its two-row prompt.
  static let fieldRow = 4

  /// The width text is wrapped to: two columns of margin each side.
  static func textWidth(_ body: Rect) -> Int { max(10, body.width - 4) }

  /// The largest useful scroll for `lineCount` lines in `pane`.
  static func maxScroll(_ pane: EscalationPane, _ body: Rect, lineCount: Int) -> Int {
    ScrollView.maxOffset(lines: lineCount, rows: scrolled(pane, body).rows)
  }
}
