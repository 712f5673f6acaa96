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
}
