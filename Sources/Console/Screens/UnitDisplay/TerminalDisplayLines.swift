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
      wrapKeepingIndent(line.text, width: width).map {
        DisplayRow(text: $0, emphasis: line.emphasis)
      }
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

  /// Wraps `text`, keeping its leading spaces on every piece, so list items that the
  /// unit indents (the sample picker's "> " marker) stay lined up.
  private static func wrapKeepingIndent(_ text: String, width: Int) -> [String] {
    let indent = String(text.prefix { $0 == " " })
    let body = String(text.dropFirst(indent.count))
    let room = max(1, width - DisplayWidth.of(indent))
    return TextLayout.wrap(body, width: room).map { indent + $0 }
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
