/// Cutting and wrapping text by display width, never by `String.count`.
public enum TextLayout {
  /// The longest prefix of `text` that fits `width` columns; a wide glyph that
  /// would straddle the edge is left out, never split.
  public static func prefix(_ text: String, fitting width: Int) -> (text: String, width: Int) {
    var out = ""
    var used = 0
    for character in text {
      guard let w = DisplayWidth.of(character) else { continue }
      if used + w > width { break }
      out.append(character)
      used += w
    }
    return (out, used)
  }

  /// `text` cut to `width` columns with an ellipsis when it does not fit.
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(text) <= width { return text }
    let ellipsisWidth = DisplayWidth.of(ellipsis)
    guard width > ellipsisWidth else { return prefix(text, fitting: width).text }
    return prefix(text, fitting: width - ellipsisWidth).text + ellipsis
  }

  /// `text` padded with spaces on the right to exactly `width` columns (cut if longer).
  public static func pad(_ text: String, to width: Int) -> String {
    let cut = prefix(text, fitting: width)
    return cut.text + String(repeating: " ", count: max(0, width - cut.width))
  }

  /// Lines of at most `width` columns. Latin words break at spaces; CJK text may
  /// break between any two ideographs, as Chinese typesetting does.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append(contentsOf: wrapParagraph(String(paragraph), width: width))
    }
    return lines
  }

  private static func wrapParagraph(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for token in tokens(of: text) {
      let tokenWidth = DisplayWidth.of(token)
      if token == " " {
        if lineWidth > 0 && lineWidth < width {
          line.append(" ")
          lineWidth += 1
        }
        continue
      }
      if lineWidth + tokenWidth > width && lineWidth > 0 {
        // Chinese typesetting never starts a line with closing punctuation:
        // the glyph before it moves down too.
        var carried = ""
        if noLineStart.contains(token), line.count > 1, let last = line.last, last != " " {
          carried = String(line.removeLast())
        }
        lines.append(trimTrailingSpace(line))
        line = carried
        lineWidth = DisplayWidth.of(carried)
      }
      var rest = token
      while DisplayWidth.of(rest) > width {
        let head = prefix(rest, fitting: width)
        if head.text.isEmpty { break }
        lines.append(head.text)
        rest = String(rest.dropFirst(head.text.count))
      }
      line += rest
      lineWidth += DisplayWidth.of(rest)
    }
    lines.append(trimTrailingSpace(line))
    return lines
  }

  /// Punctuation that must not begin a line (GB/T 15834 line-breaking rules).
  private static let noLineStart: Set<String> = [
    // ，。、；：？！）」』”’》〉】… as escapes: a rule table, not words to translate.
    "\u{FF0C}", "\u{3002}", "\u{3001}", "\u{FF1B}", "\u{FF1A}", "\u{FF1F}", "\u{FF01}", "\u{FF09}",
    "\u{300D}", "\u{300F}", "\u{201D}", "\u{2019}", "\u{300B}", "\u{3009}", "\u{3011}", "\u{2026}",
  ]

  /// Runs of Latin letters stay whole; every wide glyph and space is its own token.
  private static func tokens(of text: String) -> [String] {
    var out: [String] = []
    var word = ""
    for character in text {
      let wide = (DisplayWidth.of(character) ?? 0) == 2
      if character == " " || wide {
        if !word.isEmpty { out.append(word) }
        word = ""
        out.append(String(character))
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { out.append(word) }
    return out
  }

  private static func trimTrailingSpace(_ s: String) -> String {
    var s = s
    while s.last == " " { s.removeLast() }
    return s
  }
}
