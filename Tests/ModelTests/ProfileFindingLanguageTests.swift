import XCTest

@testable import Model

/// `terminal validate` in one language (issue 20 item 18): each finding and the unreadable
/// files are written in the language of the summary under them.
final class ProfileFindingLanguageTests: XCTestCase {
  private func report(_ old: String, _ new: String) throws -> TerminalProfileValidation {
    let shipped = try String(contentsOfFile: TerminalFixture.profilePath(), encoding: .utf8)
    XCTAssertEqual(shipped.components(separatedBy: old).count, 2, "\(old) must occur once")
    let broken = shipped.replacingOccurrences(of: old, with: new)
    return TerminalProfileValidation(files: [("bad.toml", broken), ("gone.toml", nil)])
  }

  func test_findingsAndUnreadableFiles_followTheSummarysLanguage() throws {
    let validation = try report("action = \"sign-off\"", "action = \"log-off\"")
    let chinese = validation.text(.zh)
    XCTAssertTrue(chinese.contains("bad.toml:"), chinese)
    XCTAssertTrue(chinese.contains("未知的操作 \"log-off\"；可用："), chinese)
    XCTAssertTrue(chinese.contains("gone.toml:1: 无法读取"), chinese)
    XCTAssertTrue(chinese.contains("个文件无法读取"), chinese)
    XCTAssertFalse(chinese.contains("unknown action"), chinese)

    let english = validation.text(.en)
    XCTAssertTrue(english.contains("unknown action \"log-off\"; use one of"), english)
    XCTAssertTrue(english.contains("gone.toml:1: cannot be read"), english)
    XCTAssertFalse(english.contains("未知"), english)
  }

  func test_findingMessage_staysEnglishForLogsAndDescription() throws {
    let finding = try XCTUnwrap(
      try report("poll_seconds = ", "poll_seconds = 0 #").findings.first {
        $0.kind == .badLimit
      })
    XCTAssertEqual(finding.message, "poll_seconds must be at least 1")
    XCTAssertEqual(finding.text(.zh), "poll_seconds 至少为 1")
    XCTAssertEqual(finding.description, "bad.toml:\(finding.line): bad-limit: \(finding.message)")
  }
}
