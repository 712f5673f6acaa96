/// One region named by digits 4-7 of a merchant number (UnionPay inter-bank area code).
public struct Region: Equatable, Sendable {
  public let code: String
  public let name: LocalizedText
  public let provinceZh: String?
}

/// The region codes, read from `data/regions.toml`.
public struct RegionTable: Equatable, Sendable {
  public let byCode: [String: Region]

  /// Parses the TOML text; `file` names it in errors.
  public init(toml text: String, file: String = "regions.toml") throws(MerchantDataError) {
    let fields = TOMLFields(file: file)
    var byCode: [String: Region] = [:]
    for (code, entry, path) in try fields.codeEntries(
      in: try fields.parse(text), table: "regions", digits: 4)
    {
      byCode[code] = Region(
        code: code, name: try fields.name(entry, at: path),
        provinceZh: try fields.optionalString(entry, "province_zh", at: path))
    }
    self.byCode = byCode
  }

  public subscript(code: String) -> Region? { byCode[code] }

  /// The city whose area an unlisted code probably lies in: area codes of a city's counties
  /// share its first 3 digits (e.g. 7316 under 7310 Kunming). Nil for listed codes.
  public func area(of code: String) -> Region? {
    guard byCode[code] == nil, code.utf8.count == 4, !code.hasSuffix("0") else { return nil }
    return byCode[String(code.prefix(3)) + "0"]
  }

  /// The name of `code`: the region, else "near" its city, else a plain "unknown".
  public func name(of code: String) -> LocalizedText {
    if let region = byCode[code] { return region.name }
    if let area = area(of: code) { return LocalizedText(MerchantText.nearRegion(area.name)) }
    return LocalizedText(MerchantText.unknownRegion)
  }
}
