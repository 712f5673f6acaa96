import Foundation

/// The three tables a merchant number is decoded with: acquirers, regions, MCCs.
public struct MerchantCodeTables: Equatable, Sendable {
  public let acquirers: AcquirerTable
  public let regions: RegionTable
  public let categories: MccTable

  public init(acquirers: AcquirerTable, regions: RegionTable, categories: MccTable) {
    self.acquirers = acquirers
    self.regions = regions
    self.categories = categories
  }

  /// The file names inside the data directory (`data/` in the repository).
  public static let fileNames = (
    acquirers: "acquirers.toml", regions: "regions.toml", categories: "mcc.toml"
  )

  /// Loads the three files from `directory` (explicit, e.g. located by the console).
  public static func load(directory: String) throws(MerchantDataError) -> MerchantCodeTables {
    func read(_ name: String) throws(MerchantDataError) -> (text: String, path: String) {
      let path = (directory as NSString).appendingPathComponent(name)
      let text: String
      do {
        text = try DataFile.read(path)
      } catch {
        throw MerchantDataError(
          file: path, place: "line \(error.line)", problem: error.problem.text(.en))
      }
      return (text, path)
    }
    let acquirers = try read(fileNames.acquirers)
    let regions = try read(fileNames.regions)
    let categories = try read(fileNames.categories)
    return MerchantCodeTables(
      acquirers: try AcquirerTable(toml: acquirers.text, file: acquirers.path),
      regions: try RegionTable(toml: regions.text, file: regions.path),
      categories: try MccTable(toml: categories.text, file: categories.path))
  }

  /// Decodes every field of `number` with these tables.
  public func decode(_ number: MerchantNumber) -> DecodedMerchantNumber {
    DecodedMerchantNumber(
      number: number,
      acquirer: acquirers[number.acquirerCode],
      region: regions[number.regionCode],
      regionArea: regions.area(of: number.regionCode),
      category: categories[number.mccCode],
      categoryRange: categories.range(of: number.mccCode))
  }
}
