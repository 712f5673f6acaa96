import Foundation
import Model

/// Shared helpers for the guide tests: the shipped guides and a fixed clock.
enum GuideFixtures {
  /// The repository root, found from this file's path.
  static var repositoryRoot: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
  }

  static var guidesDirectory: String { repositoryRoot + "/guides" }

  static var shippedSource: String {
    (try? String(contentsOfFile: guidesDirectory + "/scan-selfcheck.toml", encoding: .utf8)) ?? ""
  }

  static func shippedGuide() throws -> Guide {
    try GuideLibrary.guide(source: shippedSource, file: "guides/scan-selfcheck.toml")
  }
}
