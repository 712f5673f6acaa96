/// Where each pane's parts sit on the screen.
enum EscalationLayout {
  /// Rows kept at the bottom for the key line, and for the training bar or the ASCII notice
  /// that `view` draws on the row above it.
  static func footerRows(_ state: AppState) -> Int {
    state.training != nil || state.asciiOnly ? 2 : 1
  }

  /// The row of the menu line, or of the saved path (the row above it says "saved").
  static func menuRow(_ state: AppState) -> Int { state.size.height - footerRows(state) - 1 }

  /// The first row and the number of rows of the scrolled part of `pane`.
  static func body(_ pane: EscalationPane, _ state: AppState) -> (top: Int, rows: Int) {
    let top: Int
    let bottom: Int  // first row below the scrolled part
    switch pane {
    case .steps: (top, bottom) = (7, menuRow(state) - 1)
    case .summary: (top, bottom) = (2, menuRow(state) - 1)
    case .lookup: (top, bottom) = (fieldRow + 2, state.size.height - footerRows(state))
    case .slipCheck: (top, bottom) = (fieldRow + 4, state.size.height - footerRows(state))
    }
    return (top, max(1, bottom - top))
  }

  /// The row of a form's first field, below its two-row prompt.
  static let fieldRow = 4

  /// The width text is wrapped to: two columns of margin each side.
  static func textWidth(_ size: ScreenSize) -> Int { max(10, size.width - 4) }

  /// The largest useful scroll for `lineCount` lines in `pane`.
  static func maxScroll(_ pane: EscalationPane, _ state: AppState, lineCount: Int) -> Int {
    max(0, lineCount - body(pane, state).rows)
  }
}
