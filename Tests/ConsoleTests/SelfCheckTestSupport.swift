import Foundation
import Model
import XCTest

@testable import Console

/// Shipped guides and code table from the repository, and a way to drive keys.
enum SelfCheckFixture {
  static var repositoryRoot: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
  }

  static func resources() throws -> Resources {
    var resources = Resources()
    let (files, unreadable) = GuideSourceFile.read(paths: [repositoryRoot + "/guides"])
    XCTAssertTrue(unreadable.isEmpty)
    resources.guides = GuideLibrary.guides(files).guides
    resources.codes = try PaymentCodeTable(
      contentsOfFile: repositoryRoot + "/data/payment-codes.toml")
    resources.profile = try TerminalProfile(
      contentsOfFile: repositoryRoot + "/data/terminal-profiles/lakala-dianqian.toml")
    resources.nameGuideMenus()
    return resources
  }

  static func state(_ language: Language, resources: Resources? = nil) throws -> AppState {
    AppState(
      language: language, size: ScreenSize(width: 80, height: 24),
      resources: try resources ?? Self.resources())
  }
}

/// Keys that type `text` into a field.
func typing(_ text: String) -> [Key] { text.map { .character($0) } }

extension AppState {
  var selfCheck: SelfCheckSession? {
    screen.shown(SelfCheckSession.self)
  }
}

extension AppEffect {
  /// The engine a begin or save effect carries.
  var savedEngine: GuideEngine? {
    switch self {
    case .guideBegin(let engine, _), .guideSave(let engine, _): engine
    default: nil
    }
  }
}
