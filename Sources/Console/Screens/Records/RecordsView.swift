import Foundation
import Model

/// Draws the records screen into its body: the care items and open cases as one list (the
/// selection's ▶), then the units to replace and each start's results, as far as they fit.
struct RecordsView {
  let screen: RecordsScreen
  let context: ScreenContext

  private var language: Language { context.language }
  private func say(_ text: RecordsScreenText) -> String { text(language) }

  func draw(into canvas: inout Canvas) {
    let area = context.body
    guard let overview = screen.overview else {
      // The checklist is known before the records are read; its ticks are not.
      for (index, status) in screen.careItems.enumerated() {
        let selected = index == screen.list.selection
        let row = area.row + 1 + index
        canvas.put(
          selected ? "▶" : " ", row: row, col: area.col + 1, role: selected ? .menuSelected : .menu)
        canvas.putFitted(
          RecordsText.careItem(status.item)(language), row: row, col: area.col + 3,
          width: area.width - 4, role: selected ? .menuSelected : .menu)
      }
      canvas.putFitted(
        say(.loading), row: area.row + 2 + screen.careItems.count, col: area.col + 3,
        width: area.width - 4, role: .dim)
      return
    }
    var lines: [(text: String, role: StyleRole, index: Int?)] = []
    lines.append((say(.careHeading), .accent, nil))
    for (index, status) in overview.care.enumerated() {
      let text = status.overdue ? say(.careOverdue(status.item)) : say(.careDone(status.item))
      lines.append((text, status.overdue ? .warning : .menu, index))
    }
    lines.append(("", .plain, nil))
    lines.append((say(.casesHeading(overview.openCases.count)), .accent, nil))
    if overview.openCases.isEmpty { lines.append(("  " + say(.noOpenCases), .dim, nil)) }
    for (offset, recorded) in overview.openCases.enumerated() {
      let hours = recorded.ageSeconds(now: overview.readAt) / 3_600
      let summary = recorded.summary.split(separator: "\n").first.map(String.init) ?? ""
      let text = say(.caseRow(summary: summary, hours: hours, ticket: recorded.ticket))
      let old = CaseFollowUpRule.needsOutcome(recorded, now: overview.readAt)
      lines.append((text, old ? .warning : .menu, overview.care.count + offset))
    }
    lines.append(("", .plain, nil))
    lines.append((say(.unitsHeading), .accent, nil))
    let flagged = overview.stats.terminals.filter(\.flagged)
    if flagged.isEmpty { lines.append(("  " + say(.noUnitToReplace), .dim, nil)) }
    for unit in flagged {
      let replace = say(.replaceUnit(terminal: unit.terminal, hardware: unit.hardwareLast30Days))
      lines.append(("  " + replace, .error, nil))
      let quote = say(.quoteNumbers(terminal: unit.terminal, merchant: unit.merchantNumber))
      lines.append(("    " + quote, .plain, nil))
    }
    lines.append(("", .plain, nil))
    lines.append((say(.startsHeading), .accent, nil))
    let titles = Dictionary(
      context.resources.guides.first?.starts.map { ($0.symptom, $0.title) } ?? [],
      uniquingKeysWith: { first, _ in first })
    for start in overview.stats.starts {
      lines.append(
        (
          "  "
            + say(
              .startLine(
                start: titles[start.start]?(language) ?? start.start, resolved: start.resolved,
                escalated: start.escalated, abandoned: start.abandoned, total: start.total)),
          .plain,
          nil
        ))
    }
    // The list scrolls so the selection stays in view; the figures below follow it.
    let selectedLine = lines.firstIndex { $0.index == screen.list.selection } ?? 0
    let first = max(0, min(selectedLine - area.height + 2, lines.count - area.height))
    for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
      let row = area.row + offset
      let selected = line.index != nil && line.index == screen.list.selection
      if line.index != nil {
        canvas.put(
          selected ? "▶" : " ", row: row, col: area.col + 1, role: selected ? .menuSelected : .menu)
      }
      canvas.putFitted(
        line.text, row: row, col: area.col + 3, width: area.width - 4,
        role: selected ? .menuSelected : line.role)
    }
  }
}
