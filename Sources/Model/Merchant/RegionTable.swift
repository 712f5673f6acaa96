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
}
