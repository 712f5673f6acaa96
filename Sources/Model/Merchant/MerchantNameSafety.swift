/// What a merchant name may not hold, and how one is shown or exported safely.
///
/// A name is typed by people and read by people: in a terminal (`lookup`), on the console's
/// screens and in a spreadsheet (`merchants export`). Control characters (C0, DEL, C1) drive
/// a terminal; bidirectional overrides (U+202E…) make a name read differently from what is
/// stored; a spreadsheet runs a cell starting with `=`, `+`, `-` or `@` as a formula.
public enum MerchantNameSafety {
  /// A scalar no name may hold: C0 and C1 controls, DEL, and the bidirectional controls.
  public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `text` with every refused scalar shown as `\u{XXXX}`: what `lookup` prints for a name
  /// stored before imports refused them.
  public static func shown(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isRefused) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if isRefused(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Scalars a spreadsheet reads as the start of a formula (OWASP's list: tab and CR too).
  static func startsFormula(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "=", "+", "-", "@", "\t", "\r": true
    default: false
    }
  }

  /// A CSV cell that a spreadsheet shows as text: a leading `'` before a formula start (and
  /// before a `'` that already stands there, so the import's reverse step is exact).
  static func exported(_ field: String) -> String {
    var scalars = field.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return field }
    if startsFormula(first) { return "'" + field }
    if first == "'", let second = scalars.next(), startsFormula(second) || second == "'" {
      return "'" + field
    }
    return field
  }

  /// The cell as export wrote it back to the name: one leading `'` that protects a formula
  /// start (or another `'`) is dropped.
  static func imported(_ field: String) -> String {
    let scalars = field.unicodeScalars
    guard scalars.first == "'", scalars.count > 1 else { return field }
    let second = scalars[scalars.index(after: scalars.startIndex)]
    guard startsFormula(second) || second == "'" else { return field }
    return String(scalars.dropFirst())
  }
}
