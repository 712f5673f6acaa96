import Model

/// How wide the drawn terminal beside an on-terminal check is; 0 when there is no room for it.
func terminalPanelWidth(for step: GuideStep, canvas: Canvas) -> Int {
  guard case .terminalCheck = step.kind, canvas.width >= 76 else { return 0 }
  return 26
}

/// "On the terminal press: [Manage] → [Version]", each key in the unit's key style; wraps
/// before a key that would not fit. Returns the number of rows used.
@discardableResult
func drawKeyPath(
  _ keyPath: [LocalizedText], _ language: Language, row: Int, col: Int, width: Int,
  into canvas: inout Canvas
) -> Int {
  let limit = col + width
  var y = row
  var x = canvas.put(UIText.selfCheckOnTerminal(language), row: y, col: col, limit: limit)
  for (index, key) in keyPath.enumerated() {
    let label = "[" + key(language) + "]"
    let piece = (index > 0 ? " → " : "") + label
    if x + DisplayWidth.of(piece) > limit, x > col + 2 {
      y += 1
      x = col + 2
    }
    if index > 0 { x = canvas.put(" → ", row: y, col: x, role: .dim, limit: limit) }
    x = canvas.put(label, row: y, col: x, role: .deviceKey, limit: limit)
  }
  return y - row + 1
}

/// The simulated unit as it stands now (the shop every screen shares, the stored settings and
/// journal), for the panel beside an on-terminal step; nil when its data did not load.
func liveUnit(_ context: ScreenContext) -> TerminalSimulator? {
  guard let codes = context.resources.codes, let profile = context.resources.profile else {
    return nil
  }
  return TerminalSimulator(
    codes: codes, profile: profile, settings: context.resources.settings,
    ledger: context.resources.ledger, shop: context.shop, seed: context.options.seed,
    language: context.language, training: context.training != nil)
}

/// The unit beside an on-terminal step: the live page of the step's menu node, what the
/// simulated unit really shows there now ("scan: not enabled" when the permission is off). A step
/// without a node, or a unit that did not load, shows what to look for instead.
func drawTerminalPanel(
  _ check: TerminalCheck, node: String?, _ context: ScreenContext, row: Int, col: Int,
  width: Int, into canvas: inout Canvas
) {
  let language = context.language
  let inner = width - 4
  let live = node.flatMap { id in liveUnit(context)?.screen(openingNode: id) }
  var body: [DisplayRow]
  if var live {
    // The unit's own key hints are the simulator's; what to look for is beside the panel.
    live.lines.removeAll { $0.emphasis == .hint }
    body = TerminalDisplayLines.rows(live, width: max(1, inner), limit: 8)
  } else {
    body = TextLayout.wrap(check.expect(language), width: max(1, inner)).prefix(6).map {
      DisplayRow(text: $0, emphasis: .normal)
    }
  }
  // The box never runs past the body: the unit's page keeps its first rows.
  body = Array(body.prefix(max(0, selfCheckBottom(canvas) - row - 3)))
  let screenHeight = body.count + 1
  canvas.box(
    row: row, col: col, width: width, height: screenHeight + 2, role: .deviceFrame,
    title: "POS", titleRole: .deviceTitle)
  canvas.fill(
    row: row + 1, col: col + 1, width: width - 2, height: screenHeight, role: .deviceScreen)
  canvas.putFitted(
    live?.title ?? check.keyPath.last?(language) ?? "", row: row + 1, col: col + 2, width: inner,
    role: .deviceTitle)
  for (offset, line) in body.enumerated() {
    canvas.putFitted(
      line.text, row: row + 2 + offset, col: col + 2, width: inner, role: line.emphasis.role)
  }
}
