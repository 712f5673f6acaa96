import Foundation
import XCTest

/// Issue 20 item 18 on the command line: one language per run. `classify` takes its
/// language from LC_ALL like every other command, and `terminal validate` writes its
/// findings in the language of its summary.
final class LanguagePerRunEndToEndTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "pos-e2e-language-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// Runs the binary with `arguments` under the locale variables given, output and status
  /// captured (no terminal needed).
  private func run(_ locale: String, _ arguments: String) throws -> (String, Int) {
    let command =
      "cd '\(directory)' && { env -u LC_MESSAGES \(locale) POS_CONSOLE_DATA='\(directory)'"
      + " POS_CONSOLE_HOME='\(TmuxSession.repoRoot)' '\(TmuxSession.binary)' \(arguments); }"
      + " 2>&1 < /dev/null; echo \"STATUS=$?\""
    let out = try TmuxSession.shell("/bin/bash", ["-c", command])
    let status = out.components(separatedBy: "STATUS=").last.flatMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return (out, status ?? -1)
  }

  func test_classify_followsLCALL_overLANG() throws {
    let (english, englishStatus) = try run(
      "LC_ALL=en_US.UTF-8 LANG=zh_CN.UTF-8", "classify 134567890123456789")
    XCTAssertEqual(englishStatus, 0, english)
    XCTAssertTrue(english.contains("Wallet: "), english)
    XCTAssertFalse(english.contains("钱包："), english)

    let (chinese, chineseStatus) = try run(
      "LC_ALL=zh_CN.UTF-8 LANG=en_US.UTF-8", "classify 134567890123456789")
    XCTAssertEqual(chineseStatus, 0, chinese)
    XCTAssertTrue(chinese.contains("钱包："), chinese)
    XCTAssertFalse(chinese.contains("Wallet: "), chinese)
  }

  func test_terminalValidate_writesItsFindingsInTheSummarysLanguage() throws {
    let shipped = try String(
      contentsOfFile: TmuxSession.repoRoot + "/data/terminal-profiles/lakala-dianqian.toml",
      encoding: .utf8)
    XCTAssertEqual(shipped.components(separatedBy: "poll_seconds = ").count, 2)
    let broken = shipped.replacingOccurrences(of: "poll_seconds = ", with: "poll_seconds = 0 #")
    try broken.write(toFile: directory + "/bad.toml", atomically: true, encoding: .utf8)

    let (chinese, chineseStatus) = try run("LC_ALL=zh_CN.UTF-8", "terminal validate bad.toml")
    XCTAssertEqual(chineseStatus, 1, chinese)
    XCTAssertTrue(chinese.contains("bad.toml:"), chinese)
    XCTAssertTrue(chinese.contains("poll_seconds 至少为 1"), chinese)
    XCTAssertTrue(chinese.contains("个问题"), chinese)
    XCTAssertFalse(chinese.contains("must be at least"), chinese)

    let (english, englishStatus) = try run("LC_ALL=en_US.UTF-8", "terminal validate bad.toml")
    XCTAssertEqual(englishStatus, 1, english)
    XCTAssertTrue(english.contains("poll_seconds must be at least 1"), english)
    XCTAssertTrue(english.contains("finding(s)"), english)
    XCTAssertFalse(english.contains("至少"), english)
  }
}
