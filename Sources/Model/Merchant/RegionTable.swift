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
    let root = try fields.parse(text)
    let table = try fields.table(root, "regions", at: "regions")
    var byCode: [String: Region] = [:]
    for key in table.keys {
      let code = try fields.code(key, digits: 4, at: "regions")
      let path = "regions.\(code)"
      let entry = try fields.table(table, key, at: path)
      byCode[code] = Region(
        code: code,
        name: LocalizedText(
          zh: try fields.string(entry, "name_zh", at: path),
          en: try fields.string(entry, "name_en", at: path)),
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
    if let area = area(of: code) { return MerchantTexts.nearRegion(area.name) }
    return MerchantTexts.unknownRegion
  }
}
