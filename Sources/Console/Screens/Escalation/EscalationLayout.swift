/// Where each pane's scrolled part sits on a screen of a given size.
enum EscalationLayout {
  /// The first row and the number of rows of the scrolled part of `pane`.
  static func body(_ pane: EscalationPane, _ size: ScreenSize) -> (top: Int, rows: Int) {
    let top: Int
    let bottom: Int  // first row below the scrolled part
    switch pane {
    case .steps: (top, bottom) = (7, size.height - 3)
    case .summary: (top, bottom) = (2, size.height - 3)
    case .lookup: (top, bottom) = (fieldRow + 2, size.height - 1)
    case .slipCheck: (top, bottom) = (fieldRow + 4, size.height - 1)
    }
    return (top, max(1, bottom - top))
  }

  /// The row of a form's first field, below its two-row prompt.
  static let fieldRow = 4

  /// The width text is wrapped to: two columns of margin each side.
  static func textWidth(_ size: ScreenSize) -> Int { max(10, size.width - 4) }

  /// The largest useful scroll for `lineCount` lines in `pane`.
  static func maxScroll(_ pane: EscalationPane, _ size: ScreenSize, lineCount: Int) -> Int {
    max(0, lineCount - body(pane, size).rows)
  }
}
