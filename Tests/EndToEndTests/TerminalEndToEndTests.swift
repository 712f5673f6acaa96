import Foundation
import XCTest

/// The simulated terminal in the real binary, in tmux at 80x24 (issue 3's end-to-end checks).
final class TerminalEndToEndTests: XCTestCase {

  func test_scanSaleWithWeChatCode_succeedsAndSlipShowsAmount() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.scanSale(amount: "1250")
    let screen = try session.waitFor(
      all: ["交易成功", "签购单", "电子签购单已生成", "RMB 12.50", "微信支付"])
    XCTAssertFalse(screen.contains("已打印"), screen)
  }

  func test_scanWithPermissionOff_fails58AndPointsToCardAndSelfCheck() throws {
    let session = try TmuxSession()
    try session.startConsole("--fault permission-off")
    try session.scanSale(amount: "1250")
    let screen = try session.waitFor(all: ["58 终端无效", "刷卡", "自检"])
    XCTAssertFalse(screen.contains("交易成功"), screen)
    try session.send("2")
    try session.waitFor(text: "现在是哪种情况？")
  }

  func test_cardSaleWithSignature_completes() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.openAmountEntry(entry: "1")
    try session.send("8880", "Enter")
    try session.waitFor(text: "请刷卡、插卡或挥卡")
    try session.send("i")
    try session.waitFor(text: "密码")
    try session.send("123456", "Enter")
    try session.waitFor(text: "电子签名")
    try session.send("Right", "Right", "Up", "Right")
    try session.waitFor(text: "###")
    try session.send("Enter")
    try session.waitFor(all: ["交易成功", "已电子签名", "RMB 88.80"])
  }

  func test_refundWithWrongSupervisorPassword_isRefused() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.openSignedIn(entry: "3")
    try session.waitFor(text: "2 退货")
    try session.send("2")
    try session.waitFor(text: "主管密码")
    try session.send("999999", "Enter")
    try session.waitFor(text: "主管密码错误")
  }

  func test_batchSurvivesRestart_voidFindsEarlierSale() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.scanSale(amount: "1250")
    try session.waitFor(text: "交易成功")
    try session.send("F10")
    try session.waitFor(text: "0 退出")
    try session.send("q")
    try session.waitFor(text: "EXIT=0")
    try session.run("clear")
    try session.waitFor("shell cleared") { !$0.contains("EXIT=") }
    try session.startConsole()
    try session.openSignedIn(entry: "3")
    try session.waitFor(text: "1 消费撤销")
    try session.send("1")
    try session.waitFor(text: "主管密码")
    try session.send("123456", "Enter")
    try session.waitFor(text: "凭证号")
    try session.send("1", "Enter")
    try session.waitFor(all: ["¥12.50", "000001"])
  }
}
