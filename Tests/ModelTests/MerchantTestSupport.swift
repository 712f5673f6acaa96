import Foundation
import Model

/// Shared fixtures for the merchant tests: the repository's data tables and a seeded directory.
enum MerchantFixtures {
  static let dataDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("data").path

  static func tables() throws -> MerchantCodeTables {
    try MerchantCodeTables.load(directory: dataDirectory)
  }

  static func seededDirectory() throws -> MerchantDirectory {
    let directory = MerchantDirectory(database: try AppDatabase())
    try directory.seedSampleDirectoryIfEmpty()
    return directory
  }

  static func number(_ text: String) throws -> MerchantNumber {
    try MerchantNumber(parsing: text)
  }
}
