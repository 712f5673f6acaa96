import Foundation
import XCTest

/// The self-check in the real binary: the permission path, `kill -9` half-way, resume, report.
final class SelfCheckEndToEndTests: XCTestCase {
  private func launch(_ session: TmuxSession, _ arguments: String = "") throws {
    // `stty sane` first: a killed run leaves the terminal as curses had set it.
    try session.run("stty sane; clear; '\(TmuxSession.binary)' \(arguments); echo \"EXIT=$?\"")
  }

  func test_permissionPath_killedHalfWay_resumesAndReportListsEveryAnswer() throws {
    let session = try TmuxSession()
    try launch(session)
    try session.waitFor(text: "0 退出")
    try session.send("4")
    try session.waitFor(text: "现在是哪种情况？")
    try session.send("1")
    try session.waitFor(text: "1 屏幕亮，按键有反应")
    try session.send("1")
    try session.waitFor(text: "交易权限未开通")
    try session.send("4")
    try session.waitFor(text: "1 扫码交易：关")
    XCTAssertTrue(try session.capture().contains("第 3 步"))

    // Half-way: two answers given, the permission check on screen.
    guard let pid = try session.childPID() else { return XCTFail("no child process") }
    kill(pid, SIGKILL)
    try session.waitFor(text: "EXIT=137")

    try launch(session)
    // The next start says at once that a self-check is waiting.
    try session.waitFor(text: "上次的扫码自检没做完")
    try session.send("4")
    try session.waitFor(text: "有一次自检还没做完")
    XCTAssertTrue(try session.capture().contains("已回答 2 步"))
    try session.send("1")
    let resumed = try session.waitFor("resumed at the permission check") {
      $0.contains("1 扫码交易：关") && $0.contains("第 3 步")
    }
    XCTAssertTrue(resumed.contains("[6 管理] → [4 交易权限]"), resumed)
    try session.send("1")
    try session.waitFor(text: "扫码交易权限被关闭（应答码 58）")
    try session.waitFor(text: "这样解决了吗？")
    try session.send("1")
    try session.waitFor(text: "自检结果")
    try session.send("Enter")
    try session.waitFor(text: "0 退出")
    try session.send("q")
    try session.waitFor(text: "EXIT=0")

    let reportPath = session.dataDirectory + "/report.txt"
    try session.run(
      "clear; '\(TmuxSession.binary)' report --last > '\(reportPath)'; echo \"REPORT=$?\"")
    try session.waitFor(text: "REPORT=0")
    let report = try String(contentsOfFile: reportPath, encoding: .utf8)
    for answer in [
      "→ 屏幕亮，按键有反应  [noresp.screen]", "或没有扫码这一项  [noresp.scan-menu]", "→ 扫码交易：关  [perm.check]",
      "→ 解决了  [verdict.permission-off]", "[verdict.permission-off]",
    ] {
      XCTAssertTrue(report.contains(answer), "\(answer) missing from:\n\(report)")
    }
    XCTAssertEqual(report.components(separatedBy: "     → ").count - 1, 4, report)
  }

  func test_selfCheckInEnglish_escGoesBackAndHomeAgain() throws {
    let session = try TmuxSession()
    try launch(session, "--lang en")
    try session.waitFor(text: "0 Exit")
    try session.send("4")
    try session.waitFor(text: "What is happening?")
    try session.send("1")
    try session.waitFor(text: "1 The screen is on and the keys respond")
    try session.send("1")
    try session.waitFor(text: "Step 2")
    try session.send("Escape")
    try session.waitFor(text: "1 The screen is on and the keys respond")
    try session.send("Escape")
    try session.waitFor(text: "What is happening?")
    try session.send("Escape")
    try session.waitFor(text: "0 Exit")
  }
}
