import TOMLKit

/// Parses the TOML of a data file people edit, refusing first what TOMLKit's bundled
/// toml++ 3.4 cannot take: every reader (profiles, guides, themes, scenarios, code and
/// merchant tables) goes through here, so a bad line is a `file:line` message, never a crash.
///
/// - A table header whose name starts with neither a key character, a quote nor `]`
///   (`[[[`, `[=]`, `[.a]`) reaches an assertion in toml++'s key parser: an abort (exit
///   134) in a debug build, undefined behaviour (an assumed-true condition) in a release one.
/// - An array element starting with `}` or a non-ASCII character (a Unicode space or line
///   separator) reaches an assertion in its value parser (found by scripts/fuzz.sh).
/// - A NUL byte ends the C string TOMLKit hands over: the rest of the file would be
///   silently ignored (a theme starting with NUL parsed as an empty theme).
/// - A form feed after a number's blanks reached an assertion in its number scanner. TOML
///   allows no control character but tab and line breaks anywhere (strings and comments
///   included), so every other one is refused before toml++ sees it.
public enum TOMLText {
  /// The document's root table, or where and why it is not TOML this program takes.
  public static func parse(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
    if let problem = refusal(text) { throw problem }
    do {
      return try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw TOMLSyntaxError(
        line: error.source.begin.line, column: error.source.begin.column,
        description: error.description)
    } catch {
      throw TOMLSyntaxError(line: 1, column: 1, description: "\(error)")
    }
  }

  /// The first thing toml++ must not be given, if any.
  static func refusal(_ text: String) -> TOMLSyntaxError? {
    var scanner = HeaderScanner(bytes: Array(text.utf8))
    return scanner.firstRefusal()
  }
}

/// A line of TOML the parser could not take: 1-based line and column, and why.
public struct TOMLSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var description: String

  public init(line: Int, column: Int, description: String) {
    self.line = line
    self.column = column
    self.description = description
  }
}

/// Walks TOML as toml++ lexes a valid document (strings, comments, brackets of values that
/// span lines) to find the table headers it would parse. Where a document is invalid
/// earlier, toml++ stops there with its own error, so only valid prefixes need to agree.
private struct HeaderScanner {
  let bytes: [UInt8]
  var index = 0
  var line = 1
  var lineStart = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  private enum Place { case code, comment, basic, literal, multiBasic, multiLiteral }

  mutating func firstRefusal() -> TOMLSyntaxError? {
    var place = Place.code
    // Open `[` (true) and `{` (false) of the value being read; a header only starts
    // outside any.
    var open: [Bool] = []
    var startOfLine = true
    var onHeaderLine = false
    // Right after an array's `[` or `,`: the next thing must start a value (or close it).
    var elementStart = false
    // toml++ skips a byte-order mark before the first line.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    lineStart = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0 {
        return TOMLSyntaxError(
          line: line, column: index - lineStart + 1,
          description: "a NUL byte (\\0) is not allowed in a TOML file")
      }
      if (byte < space && byte != tab && byte != newline && byte != carriageReturn)
        || byte == 0x7F
      {
        let hex = String(byte, radix: 16, uppercase: true)
        let code = "U+00" + (hex.count < 2 ? "0" + hex : hex)
        return TOMLSyntaxError(
          line: line, column: index - lineStart + 1,
          description: "control character \(code) is not allowed in TOML")
      }
      if byte == newline {
        index += 1
        line += 1
        lineStart = index
        startOfLine = true
        onHeaderLine = false
        // A single-line string or a comment ends with its line (an unclosed one is
        // toml++'s error to report).
        if place == .comment || place == .basic || place == .literal { place = .code }
        continue
      }
      switch place {
      case .comment:
        index += 1
      case .basic:
        if byte == backslash {
          index += 1
          // An escaped line break is toml++'s error; the line count must still follow it.
          if index < bytes.count && bytes[index] == newline { continue }
        } else if byte == quote {
          place = .code
        }
        index += 1
      case .literal:
        if byte == apostrophe { place = .code }
        index += 1
      case .multiBasic:
        if byte == backslash {
          index += 1
          if index < bytes.count && bytes[index] == newline { continue }
          index += 1
        } else if closes(quote) {
          place = .code
        } else {
          index += 1
        }
      case .multiLiteral:
        if closes(apostrophe) { place = .code } else { index += 1 }
      case .code:
        if startOfLine && (byte == space || byte == tab) {
          index += 1
          continue
        }
        // A line break's CR too, so an element on the next line is still checked.
        if byte == space || byte == tab || byte == carriageReturn {
          index += 1
          continue
        }
        if elementStart && byte != hash {
          elementStart = false
          if byte == closeBrace || byte >= 0x80 {
            return TOMLSyntaxError(
              line: line, column: index - lineStart + 1,
              description: "an array element must start with a value")
          }
        }
        if startOfLine && open.isEmpty && byte == openBracket {
          if let refusal = headerRefusal() { return refusal }
          onHeaderLine = true
          startOfLine = false
          index += 1
          continue
        }
        startOfLine = false
        switch byte {
        case hash: place = .comment
        case quote: place = opensTriple(quote) ? .multiBasic : .basic
        case apostrophe: place = opensTriple(apostrophe) ? .multiLiteral : .literal
        case openBracket where !onHeaderLine:
          open.append(true)
          elementStart = true
        case openBrace where !onHeaderLine: open.append(false)
        case closeBracket where !onHeaderLine, closeBrace where !onHeaderLine:
          _ = open.popLast()
        case comma where open.last == true: elementStart = true
        default: break
        }
        index += 1
      }
    }
    return nil
  }

  /// At a quote that opens a string: whether it is three of them (moves past the extra two).
  private mutating func opensTriple(_ mark: UInt8) -> Bool {
    guard index + 2 < bytes.count, bytes[index + 1] == mark, bytes[index + 2] == mark else {
      return false
    }
    index += 2
    return true
  }

  /// Inside a multi-line string: whether three `mark`s close it here (moves past them and up
  /// to two more, which TOML counts as the string's last characters).
  private mutating func closes(_ mark: UInt8) -> Bool {
    guard index + 2 < bytes.count, bytes[index] == mark, bytes[index + 1] == mark,
      bytes[index + 2] == mark
    else { return false }
    index += 3
    var extra = 0
    while extra < 2, index < bytes.count, bytes[index] == mark {
      index += 1
      extra += 1
    }
    return true
  }

  /// At a header's `[`: the refusal when the name starts with a character toml++'s key
  /// parser asserts it never sees.
  private func headerRefusal() -> TOMLSyntaxError? {
    var next = index + 1
    func skipBlanks() {
      while next < bytes.count && (bytes[next] == space || bytes[next] == tab) { next += 1 }
    }
    skipBlanks()
    if next < bytes.count && bytes[next] == openBracket {
      next += 1
      skipBlanks()
    }
    guard next < bytes.count else { return nil }
    let first = bytes[next]
    if isBareKeyByte(first) || first == quote || first == apostrophe || first == closeBracket {
      return nil
    }
    let shown = first < 0x80 && first >= 0x20 ? "'\(Character(Unicode.Scalar(first)))'" : "this"
    return TOMLSyntaxError(
      line: line, column: next - lineStart + 1,
      description: "a table header must start with a key name, saw \(shown)")
  }

  private func isBareKeyByte(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      || (byte >= 0x30 && byte <= 0x39)
      || byte == 0x5F || byte == 0x2D
  }

  private let newline: UInt8 = 0x0A
  private let space: UInt8 = 0x20
  private let tab: UInt8 = 0x09
  private let hash: UInt8 = 0x23
  private let quote: UInt8 = 0x22
  private let apostrophe: UInt8 = 0x27
  private let backslash: UInt8 = 0x5C
  private let openBracket: UInt8 = 0x5B
  private let closeBracket: UInt8 = 0x5D
  private let openBrace: UInt8 = 0x7B
  private let closeBrace: UInt8 = 0x7D
  private let comma: UInt8 = 0x2C
  private let carriageReturn: UInt8 = 0x0D
}
