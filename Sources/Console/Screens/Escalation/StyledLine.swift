import Model

/// One line of a scrolled text area and the role it is drawn in.
struct StyledLine: Equatable, Sendable {
  var text: String
  var role: StyleRole = .plain

  /// `text` wrapped to `width` display columns; continuation lines keep the leading indent.
  static func wrapped(_ text: String, width: Int, role: StyleRole = .plain) -> [StyledLine] {
    let indent = String(text.prefix { $0 == " " })
    let body = String(text.dropFirst(indent.count))
    let room = max(8, width - DisplayWidth.of(indent))
    let lines = body.isEmpty ? [""] : TextLayout.wrap(body, width: room)
    return lines.map { StyledLine(text: indent + $0, role: role) }
  }

  /// A `label  value` row wrapped so the value's continuation lines hang under the value,
  /// as a table reads; a row without such a gap wraps as `wrapped` does.
  static func labelled(_ text: String, width: Int, role: StyleRole = .plain) -> [StyledLine] {
    guard let gap = text.firstRange(of: "  "),
      text[..<gap.lowerBound].contains(where: { $0 != " " })
    else { return wrapped(text, width: width, role: role) }
    let valueStart = text[gap.lowerBound...].firstIndex { $0 != " " } ?? text.endIndex
    let label = String(text[..<valueStart])
    let column = DisplayWidth.of(label)
    // A label wider than half the width would leave the value too narrow to read.
    guard column <= width / 2 else { return wrapped(text, width: width, role: role) }
    let value = String(text[valueStart...])
    let lines = value.isEmpty ? [""] : TextLayout.wrap(value, width: width - column)
    let hanging = String(repeating: " ", count: column)
    return lines.enumerated().map { index, line in
      StyledLine(text: (index == 0 ? label : hanging) + line, role: role)
    }
  }
}
