/// Terminal column widths of text, independent of the process locale.
///
/// Widths follow Unicode East Asian Width (Wide and Fullwidth are two columns),
/// combining and enclosing marks and format characters take none, and control
/// characters are never drawn. The table lives here rather than in `wcwidth` so
/// layout does not change with the locale a test or a shell happens to run in.
public enum DisplayWidth {
  /// Columns one scalar takes; control characters answer `nil` (never drawn).
  public static func of(_ scalar: Unicode.Scalar) -> Int? {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return nil }
    if v < 0x300 { return 1 }
    // The blocks a screen is mostly made of, answered before the property lookup and
    // the range scan below: CJK ideographs and Hangul (wide, no marks among them), box
    // drawing, blocks and shapes up to ▶ (narrow); CJK and fullwidth punctuation (wide).
    if (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) { return 2 }
    if (0x3000...0x3029).contains(v) || (0xFF01...0xFF60).contains(v) { return 2 }
    if (0x2500...0x25FC).contains(v) { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(v) || (0xFE00...0xFE0F).contains(v) { return 0 }
    if (0xE0100...0xE01EF).contains(v) { return 0 }
    return isWide(v) ? 2 : 1
  }

  /// Columns a grapheme cluster takes: its widest scalar; `nil` if it holds a control character.
  public static func of(_ character: Character) -> Int? {
    var width = 0
    for scalar in character.unicodeScalars {
      guard let w = of(scalar) else { return nil }
      width = max(width, w)
    }
    return width
  }

  /// Columns a whole string takes on screen; control characters count as nothing.
  public static func of(_ text: some StringProtocol) -> Int {
    // ASCII needs no grapheme rules: each printable byte is one column.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return text.utf8.reduce(0) { $0 + ($1 >= 0x20 && $1 != 0x7F ? 1 : 0) }
    }
    // Chinese text is mostly scalars that are whole glyphs on their own: no grapheme rules
    // either, until the first one that may join a neighbour.
    var total = 0
    for scalar in text.unicodeScalars {
      guard standsAlone(scalar) else {
        total = 0
        for character in text { total += of(character) ?? 0 }
        return total
      }
      total += of(scalar) ?? 0
    }
    return total
  }

  /// Whether a scalar is a whole glyph whatever stands beside it: no grapheme rule joins it
  /// to a neighbour (it is not a control, mark, joiner, prepended letter, Hangul jamo or
  /// flag half).
  public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x7F { return v >= 0x20 }
    if v < 0x300 { return v >= 0xA0 && v != 0xAD }
    return (0x4E00...0x9FFF).contains(v) || (0x3000...0x3029).contains(v)
      || (0x3030...0x303E).contains(v) || (0xFF01...0xFF60).contains(v)
      || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
      || (0x2190...0x21FF).contains(v) || (0x2500...0x25FF).contains(v)
  }

  /// East Asian Wide (W) and Fullwidth (F) ranges, as wcwidth tables list them.
  static func isWide(_ v: UInt32) -> Bool {
    for range in wideRanges where range.contains(v) { return true }
    return false
  }

  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
    0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
    0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
    0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
    0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
    0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC,
    0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
    0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
