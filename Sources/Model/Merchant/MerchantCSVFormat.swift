import Foundation

/// The directory's CSV layout: one merchant per row, shared by import and export.
///
/// `terminals` and `methods` hold several values separated by `;` (spaces, `|` and `+`
/// are read too). `mcc` and `region` may be left empty: they then come from the number.
public enum MerchantCSVFormat {
  /// A column of the directory CSV.
  public enum Column: String, CaseIterable, Sendable {
    case merchantNumber = "merchant_number"
    case name
    case mcc
    case region
    case terminals
    case methods
    case status

    /// Whether a file must have this column.
    public var isRequired: Bool {
      switch self {
      case .merchantNumber, .name, .terminals, .methods, .status: true
      case .mcc, .region: false
      }
    }
  }

  /// The header line export writes (and import accepts in any column order).
  public static let header = Column.allCases.map(\.rawValue).joined(separator: ",")

  /// One record as a CSV line (without the line break), quoted per RFC 4180.
  public static func line(for record: MerchantRecord) -> String {
    [
      record.number.digits, MerchantNameSafety.exported(record.name), record.mccCode,
      record.regionCode,
      record.terminals.map(\.value).joined(separator: ";"),
      record.methods.map(\.rawValue).joined(separator: ";"), record.status.rawValue,
    ].map(quoted).joined(separator: ",")
  }

  /// Quotes a field when it holds a comma, quote or line break, or starts or ends with a space
  /// (the reader drops unquoted leading spaces).
  static func quoted(_ field: String) -> String {
    // Scalars, not Characters: an export writes a million of these, and grapheme breaking
    // was most of its time. A comma that a mark joins is quoted too, which reads the same.
    let scalars = field.unicodeScalars
    let needsQuotes =
      scalars.contains { scalar in
        switch scalar.value {
        case 0x2C, 0x22, 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
      }
      || scalars.first.map(isWhitespace) == true || scalars.last.map(isWhitespace) == true
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Unicode's whitespace, with ASCII answered before the property lookup.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
  }

  /// Splits a multi-value field (`a;b`, `a b`, `a|b`, `a+b`).
  static func values(_ field: String) -> [String] {
    if field.utf8.allSatisfy({ $0 < 0x80 }) {  // the usual case, split as bytes
      return field.utf8.split { byte in
        switch byte {
        case UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "+"), UInt8(ascii: ","),
          UInt8(ascii: " "), UInt8(ascii: "\t"):
          true
        default: false
        }
      }.map { String(decoding: $0, as: UTF8.self) }
    }
    return field.unicodeScalars.split { scalar in
      switch scalar {
      case ";", "|", "+", ",", " ", "\t", "\u{3000}": true
      default: false
      }
    }.map { String(String.UnicodeScalarView($0)) }
  }

  /// Reads a method as written in English or Chinese.
  static func method(_ text: String) -> MerchantPaymentMethod? {
    switch text.lowercased() {
    case "scan", "qr": .scan
    case "card": .card
    default: MerchantTextZh.methodSpellings[text]
    }
  }

  /// Reads a status as written in English (`risk_hold`, `risk-hold`) or Chinese.
  static func status(_ text: String) -> MerchantStatus? {
    if let status = MerchantStatus(spelling: text) { return status }
    return MerchantStatus.allCases.first { $0.label.zh == text }
  }
}
