/// The one list view, as ratatui's `StatefulWidget`: it draws itself into the `Rect` it is
/// given, one row per item with a pointer at the selection, scrolled by its `MenuList` so
/// the selection stays in view. Only the pointer changes when the selection moves (unless
/// the selected label is highlighted too), so a key press repaints a handful of cells.
struct ListView {
  /// One row: the digit or key that chooses it, what it says and, further right, about it.
  struct Item {
    var key: String?
    var label: String
    var info: String?

    init(key: String? = nil, _ label: String, info: String? = nil) {
      self.key = key
      self.label = label
      self.info = info
    }
  }

  /// Columns for the label when an info column follows it; nil: the label takes the row.
  var labelWidth: Int?
  /// The selected label is drawn in the selection's style too, not only the pointer.
  var highlightsLabel = false
  /// The pointer and the space after it are one mark (the space takes the row's style).
  var joinedPointer = false

  func render(
    _ items: [Item], in rect: Rect, state: inout MenuList, into canvas: inout Canvas
  ) {
    guard rect.height > 0, rect.width > 0 else { return }
    state.scrollToSelection(rows: rect.height)
    for (offset, item) in items.dropFirst(state.offset).prefix(rect.height).enumerated() {
      let selected = state.offset + offset == state.selection
      draw(item, selected: selected, row: rect.row + offset, rect, into: &canvas)
    }
  }

  private func draw(
    _ item: Item, selected: Bool, row: Int, _ rect: Rect, into canvas: inout Canvas
  ) {
    let pointerRole: StyleRole = selected ? .menuSelected : .menu
    var col = rect.col
    canvas.put(
      joinedPointer ? (selected ? "▶ " : "  ") : (selected ? "▶" : " "), row: row, col: col,
      role: pointerRole)
    col += 2
    if let key = item.key {
      canvas.put(key, row: row, col: col, role: .menuKey)
      col += 2
    }
    let end = rect.col + rect.width
    let width = labelWidth ?? (end - col)
    canvas.putFitted(
      item.label, row: row, col: col, width: width,
      role: selected && highlightsLabel ? .menuSelected : .menu)
    if let info = item.info {
      let infoCol = col + width + 1
      canvas.putFitted(info, row: row, col: infoCol, width: end - infoCol, role: .dim)
    }
  }
}
