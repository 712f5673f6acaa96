/// One acquirer named by the first 3 digits of a merchant number.
public struct Acquirer: Equatable, Sendable {
  public let code: String
  public let name: LocalizedText
  /// False when the code-to-name link is not confirmed by an authoritative source.
  public let certain: Bool
  /// True for the acquirer this store's Lakala terminals are expected to use.
  public let expected: Bool
  public let note: LocalizedText?
}

/// The acquirer codes, read from `data/acquirers.toml`.
public struct AcquirerTable: Equatable, Sendable {
  public let byCode: [String: Acquirer]

  /// Parses the TOML text; `file` names it in errors.
  public init(toml text: String, file: String = "acquirers.toml") throws(MerchantDataError) {
    let fields = TOMLFields(file: file)
    var byCode: [String: Acquirer] = [:]
    for (code, entry, path) in try fields.codeEntries(
      in: try fields.parse(text), table: "acquirers", digits: 3)
    {
      let noteZh = try fields.optionalString(entry, "note_zh", at: path)
      let noteEn = try fields.optionalString(entry, "note_en", at: path)
      byCode[code] = Acquirer(
        code: code, name: try fields.name(entry, at: path),
        certain: try fields.bool(entry, "certain", at: path, default: false),
        expected: try fields.bool(entry, "expected", at: path, default: false),
        note: noteZh.map { .data(zh: $0, en: noteEn ?? $0) })
    }
    self.byCode = byCode
  }

  /// The acquirer marked `expected = true` (Lakala, 822 in the shipped table), if any.
  public var expectedAcquirer: Acquirer? {
    byCode.values.filter(\.expected).min { $0.code < $1.code }
  }

  public subscript(code: String) -> Acquirer? { byCode[code] }
}
