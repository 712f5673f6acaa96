import Model

/// The panel as a box of numbered entries with the selection marked.
func drawCounterPanel(
  _ panel: CounterPanel, _ language: Language, row: Int, col: Int, width: Int, maxHeight: Int,
  into canvas: inout Canvas
) {
  let labels = panel.labels(language)
  let height = min(labels.count + 2, maxHeight)
  guard width >= 12, height >= 3 else { return }
  let title: UIText = panel.kind == .look ? .counterLookTitle : .counterActTitle
  canvas.fill(row: row, col: col, width: width, height: height, role: .plain)
  canvas.box(
    row: row, col: col, width: width, height: height, role: .frame, title: title(language),
    titleRole: .title)
  var list = panel.list
  list.scrollToSelection(rows: height - 2)
  for (offset, label) in labels.dropFirst(list.offset).prefix(height - 2).enumerated() {
    let index = list.offset + offset
    let selected = index == list.selection
    canvas.putFitted(
      (selected ? "▶ " : "  ") + label, row: row + 1 + offset, col: col + 1, width: width - 2,
      role: selected ? .menuSelected : .menu)
  }
}
