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
  ListView(highlightsLabel: true, joinedPointer: true).render(
    labels.map { ListView.Item($0) },
    in: Rect(row: row + 1, col: col + 1, width: width - 2, height: height - 2), state: &list,
    into: &canvas)
}
