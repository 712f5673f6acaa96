import Foundation
import XCTest

/// Training mode with the real binary in tmux (issue 6): PIN in and out, a scored
/// permission-off run, and the report listing the trainee.
final class TrainingEndToEndTests: XCTestCase {
  private func keys(_ session: TmuxSession, _ key: String, times: Int) throws {
    for _ in 0..<times { try session.send(key) }
  }

  func test_trainingRun_pinRefusedThenAccepted_scoredAndReported_leavingNeedsPIN() throws {
    let session = try TmuxSession()
    let binary = "'\(TmuxSession.binary)'"
    try session.run("printf '246813\\n246813\\n' | \(binary) trainer set-pin; echo \"EXIT=$?\"")
    try session.waitFor(text: "EXIT=0")
    try session.run("clear; \(binary); echo \"EXIT=$?\"")
    try session.waitFor(text: "0 退出")
    try session.send("6")
    try session.waitFor(text: "请输入培训员 PIN 进入培训模式")

    try session.send("1", "1", "1", "1", "Enter")
    try session.waitFor(text: "PIN 错误，还可以再试 4 次")
    XCTAssertFalse(try session.capture().contains("TRAINING"))

    try session.send("2", "4", "6", "8", "1", "3", "Enter")
    let menu = try session.waitFor("menu") { $0.contains("开始练习") }
    XCTAssertTrue(menu.contains("TRAINING"), menu)

    try session.send("1")
    try session.waitFor(text: "学员姓名或工号")
    try session.send("l", "i", "Enter")
    try session.waitFor(text: "选择场景")
    // cards.toml (3), combined.toml (3), then host.toml starts with permission-off.
    try keys(session, "Down", times: 6)
    try session.waitFor(text: "▶ permission-off")
    try session.send("Enter")
    try session.waitFor(text: "学员 li")
    // The trainee meets the staged fault on the simulated terminal, then comes back.
    try session.send("1")
    try session.waitFor(text: "操作员号：01")
    try session.send("Enter", "0", "0", "0", "0", "Enter")
    try session.waitFor(text: "金额")
    try session.send("1", "2", "5", "0", "Enter")
    try session.waitFor(text: "付款码")
    try session.run("134567890123456789")
    let failed = try session.waitFor("58 on the unit") { $0.contains("58") }
    XCTAssertTrue(failed.contains("TRAINING"), failed)
    try session.send("F10")
    try session.waitFor(text: "0 退出")
    try session.send("6")
    try session.waitFor(text: "学员 li")
    try session.send("d")
    try session.waitFor(text: "申报原因")
    // Verdicts in guide order: camera-broken, lens-dirty, low-light, glare, permission-off.
    try keys(session, "Down", times: 4)
    try session.send("Enter")
    let result = try session.waitFor("result") { $0.contains("得分") }
    XCTAssertTrue(result.contains("原因正确"), result)
    XCTAssertTrue(result.contains("得分"), result)

    try session.send("Enter")
    try session.waitFor(text: "开始练习")
    try session.send("4")
    let report = try session.waitFor("report") { $0.contains("li ") }
    XCTAssertTrue(report.contains("█"), report)

    try session.send("Escape")
    try session.waitFor(text: "开始练习")
    try session.send("0")
    try session.waitFor(text: "请输入培训员 PIN 退出培训模式")
    try session.send("2", "4", "6", "8", "1", "3", "Enter")
    let home = try session.waitFor("home") { $0.contains("0 退出") }
    XCTAssertFalse(home.contains("TRAINING"), home)
    try session.send("q")
    try session.waitFor(text: "EXIT=0")

    try session.run("clear; \(binary) training report --trainee li; echo \"REPORT_EXIT=$?\"")
    // The typed command line shows `REPORT_EXIT=$?`; only the output shows a digit after `=`.
    let printed = try session.waitFor("cli report") { $0.contains("REPORT_EXIT=0") }
    XCTAssertTrue(printed.contains("学员 li：1 次"), printed)
  }

  func test_practiceSale_slipSaysTraining() throws {
    let session = try TmuxSession()
    try session.enterTraining()
    try session.send("3")
    try session.send("Enter")
    try session.waitFor(text: "0 退出")
    try session.scanSale(amount: "800")
    let slip = try session.waitFor("slip") { $0.contains("8.00") && $0.contains("TRAINING") }
    XCTAssertTrue(slip.contains("TRAINING"), slip)
  }
}
