import Foundation
import Model
import XCTest

@testable import Console

/// Defect 9 on screen: the console listed broken guides as Swift value dumps
/// (`GuideIssue(kind: Model.GuideIssueKind.syntax(…`); now `file:line: what`, in its language.
final class DataFileProblemsTests: XCTestCase {
  func test_brokenGuide_isListedAsFileLineMessage_inTheConsolesLanguage() throws {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("broken-home-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: home + "/guides", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: home + "/data-dir", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: home) }
    try Data("[guide\nid = \"x\"\n".utf8).write(
      to: URL(fileURLWithPath: home + "/guides/broken.toml"))
    let saved = getenv("POS_CONSOLE_HOME").map { String(cString: $0) }
    setenv("POS_CONSOLE_HOME", home, 1)
    defer {
      if let saved { setenv("POS_CONSOLE_HOME", saved, 1) } else { unsetenv("POS_CONSOLE_HOME") }
    }
    let services = AppServices(
      dataDirectory: home + "/data-dir", log: EventLog(directory: home + "/data-dir"))
    services.language = .zh
    let problems = services.loadResources().problems
    let guide = try XCTUnwrap(problems.first { $0.contains("broken.toml") }, "\(problems)")
    XCTAssertTrue(guide.hasPrefix(home + "/guides/broken.toml:1"), guide)
    XCTAssertTrue(guide.contains("TOML 语法错误"), guide)
    XCTAssertFalse(problems.contains { $0.contains("GuideIssue(") || $0.contains("Model.") })
  }
}
