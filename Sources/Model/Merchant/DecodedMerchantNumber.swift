/// A merchant number with each field looked up; a `nil` field is a code the tables do not know.
public struct DecodedMerchantNumber: Equatable, Sendable {
  public let number: MerchantNumber
  public let acquirer: Acquirer?
  public let region: Region?
  /// For an unlisted region code, the city whose area it probably lies in.
  public let regionArea: Region?
  public let category: MerchantCategory?
  /// The ISO 18245 block the MCC falls in, named even when the code itself is unlisted.
  public let categoryRange: MerchantCategoryRange?

  /// The acquirer's name, or a plain "unknown" that says the table lacks the code.
  public func acquirerName(_ language: Language) -> String {
    acquirer?.displayName(language) ?? MerchantText.unknownAcquirer(language)
  }

  /// The region's name, or a plain "unknown" that says the table lacks the code.
  public func regionName(_ language: Language) -> String {
    if let region { return region.name(language) }
    if let regionArea { return MerchantText.nearRegion(regionArea.name)(language) }
    return MerchantText.unknownRegion(language)
  }

  /// The category's name; an unlisted code is named by its ISO block.
  public func categoryName(_ language: Language) -> String {
    if let category { return category.name(language) }
    if let categoryRange {
      return MerchantText.unlistedCategory(language) + categoryRange.name(language)
    }
    return MerchantText.unknownCategory(language)
  }
}
