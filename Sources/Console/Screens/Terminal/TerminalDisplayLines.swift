import Model

/// One row of text on the LCD and its style.
struct DisplayRow: Equatable, Sendable {
  var text: String
  var emphasis: LineEmphasis
}

/// The LCD body as rows that fit: body lines wrapped to the screen, then the field.
///
/// When they do not all fit, hints go first (they repeat what the legend says),
/// then the oldest lines, so a notice at the end (an error, "signed in") stays.
enum TerminalDisplayLines {
  static func rows(_ screen: TerminalScreen, width: Int, limit: Int) -> [DisplayRow] {
    var rows = screen.lines.flatMap { line in
      TextLayout.wrap(line.text, width: width).map { DisplayRow(text: $0, emphasis: line.emphasis) }
    }
    if let field = screen.field {
      let cursor = field.display.count < field.capacity ? "_" : ""
      rows.append(DisplayRow(text: field.label + field.display + cursor, emphasis: .prompt))
    }
    let budget = max(0, limit)
    while rows.count > budget, let hint = rows.lastIndex(where: { $0.emphasis == .hint }) {
      rows.remove(at: hint)
    }
    if rows.count > budget { rows.removeFirst(rows.count - budget) }
    return rows
  }
}

extension LineEmphasis {
  /// The LCD style for this emphasis.
  var role: StyleRole {
    switch self {
    case .normal, .prompt, .amount: .deviceScreen
    case .error: .deviceError
    case .success: .deviceSuccess
    case .hint: .deviceHint
    }
  }
}
