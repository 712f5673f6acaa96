/// The merchant feature's labels and fixed phrases, in every language, kept in one place.
enum MerchantTexts {
  static let unknownAcquirer = LocalizedText(
    zh: "未知收单机构（代码不在 acquirers.toml 中）",
    en: "unknown acquirer (code not in acquirers.toml)")
  static let unknownRegion = LocalizedText(
    zh: "未知地区（代码不在 regions.toml 中）",
    en: "unknown region (code not in regions.toml)")
  static func nearRegion(_ city: LocalizedText) -> LocalizedText {
    LocalizedText(
      zh: "\(city.zh)一带（代码未收录，按前三位推测）",
      en: "near \(city.en) (code not listed; guessed from its first 3 digits)")
  }
  static let unknownCategory = LocalizedText(
    zh: "未知类别（代码不在 ISO 18245 列表中）",
    en: "unknown category (code not in the ISO 18245 list)")
  static let unlistedCategory = LocalizedText(
    zh: "未列出的代码，所属区段：",
    en: "unlisted code in block: ")
  static let uncertain = LocalizedText(zh: "（未确认）", en: " (uncertain)")
  static let expectedAcquirer = LocalizedText(
    zh: "本店拉卡拉终端的预期收单机构", en: "the acquirer expected for this store's Lakala terminals")
}

extension Acquirer {
  /// The name with "(uncertain)" added when the table marks it so.
  public func displayName(_ language: Language) -> String {
    name(language) + (certain ? "" : MerchantTexts.uncertain(language))
  }
}
