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

  /// The shipped guide as the console shows it: menu names from the default profile.
  static func shippedGuide() throws -> Guide {
    try GuideLibrary.guide(source: shippedSource, file: "guides/scan-selfcheck.toml")
      .namingMenus(of: try TerminalFixture.profile())
  }
}

/// A clock that starts at a fixed time and moves 10 seconds on each reading.
final class SteppingClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date

  init(start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = start }

  func now() -> Date {
    lock.lock()
    defer { lock.unlock() }
    let value = current
    current += 10
    return value
  }

  var clock: GuideClock { { self.now() } }
}
