import Foundation
import XCTest

/// The simulated unit behaving as a real Lakala 电签 terminal, in the real binary in tmux
/// (issue 10): fen-shift amounts, the wallet-password wait, 交易查询, card rules,
/// settlement under 管理, and the decimal-key profile.
final class TerminalProfileEndToEndTests: XCTestCase {
  /// Simulated seconds last 100 ms, so the 30-second wait takes 3 s.
  private let fastClock = "--simulated-second-ms 100"

  func test_fenShift_1250Shows12_50() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.openAmountEntry(entry: "2")
    try session.send("1", "2")
    try session.waitFor(text: "金额：0.12")
    try session.send("5", "0")
    try session.waitFor(text: "金额：12.50")
    try session.send("Enter")
    let screen = try session.waitFor("code screen") { $0.contains("请出示付款码") }
    XCTAssertTrue(screen.contains("¥12.50"), screen)
  }

  func test_walletPasswordWait_succeedsWhenTheCustomerEntersThePassword() throws {
    let session = try TmuxSession()
    try session.startConsole(fastClock)
    try session.scanSale(amount: "150000")
    try session.waitFor(text: "用户支付中")
    try session.waitFor(text: "请输入密码")
    try session.waitFor("seconds counting") { $0.contains("已等待 1 秒") || $0.contains("已等待 2 秒") }
    try session.send("p")
    try session.waitFor(text: "顾客已输入密码")
    let screen = try session.waitFor("approved") { $0.contains("交易成功") }
    XCTAssertTrue(screen.contains("¥1500.00"), screen)
    XCTAssertTrue(screen.contains("RMB 1500.00"), screen)
  }

  func test_walletPasswordWait_cancelsAt30SimulatedSecondsWithoutThePassword() throws {
    let session = try TmuxSession()
    try session.startConsole(fastClock)
    try session.scanSale(amount: "150000")
    try session.waitFor(text: "用户支付中")
    try session.waitFor(text: "已等待 20 秒")
    let screen = try session.waitFor("cancelled") { $0.contains("30 秒未输入密码，已撤单") }
    XCTAssertFalse(screen.contains("交易成功"), screen)
  }

  func test_queryListsTheSale_andAVoidStartsFromItAskingForTheCard() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.openAmountEntry(entry: "1")
    try session.send("8800", "Enter")
    try session.waitFor(text: "请刷卡、插卡或挥卡")
    try session.send("i")
    try session.waitFor(text: "无密码请按确认")
    try session.send("123456", "Enter")
    try session.waitFor(text: "电子签名")
    try session.send("Right", "Right", "Enter")
    try session.waitFor(text: "交易成功")
    try session.send("Enter")
    try session.waitFor(text: "5 交易查询")
    try session.send("5")
    try session.waitFor(text: "1 当日交易")
    try session.send("1")
    let list = try session.waitFor("the sale listed") { $0.contains("000001 消费 ¥88.00") }
    XCTAssertTrue(list.contains("功能 撤销"), list)
    try session.send("Enter")
    try session.waitFor(text: "凭证号：000001")
    try session.send("Escape")
    try session.waitFor(text: "000001 消费 ¥88.00")
    try session.send("F2")
    try session.waitFor(text: "请输入主管密码")
    try session.send("123456", "Enter")
    try session.waitFor(text: "确认撤销此笔交易")
    try session.send("Enter")
    let card = try session.waitFor("card asked for") { $0.contains("请刷卡、插卡或挥卡") }
    XCTAssertTrue(card.contains("¥88.00"), card)
    try session.send("i")
    let voided = try session.waitFor("void approved") { $0.contains("交易成功") }
    XCTAssertTrue(voided.contains("撤销"), voided)
    XCTAssertFalse(voided.contains("持卡人签名"), voided)
  }

  func test_swipedChipCard_asksToInsert() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.openAmountEntry(entry: "1")
    try session.send("2000", "Enter")
    try session.waitFor(text: "请刷卡、插卡或挥卡")
    try session.send("s")
    try session.waitFor(text: "请插卡")
    try session.send("i")
    try session.waitFor(text: "请持卡人输入密码")
  }

  func test_contactless50_skipsPINAndSignature() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.openAmountEntry(entry: "1")
    try session.send("5000", "Enter")
    try session.waitFor(text: "请刷卡、插卡或挥卡")
    try session.send("t")
    let screen = try session.waitFor("approved") { $0.contains("交易成功") }
    XCTAssertTrue(screen.contains("小额免密免签"), screen)
    XCTAssertTrue(screen.contains("RMB 50.00"), screen)
    XCTAssertFalse(screen.contains("持卡人签名"), screen)
    XCTAssertFalse(screen.contains("请持卡人输入密码"), screen)
  }

  func test_settlementFromManagement() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.scanSale(amount: "1250")
    try session.waitFor(text: "交易成功")
    try session.send("Enter")
    try session.waitFor(text: "6 管理")
    try session.send("6")
    try session.waitFor(text: "1 结算")
    XCTAssertTrue(try session.capture().contains("2 签退"))
    try session.send("1")
    let review = try session.waitFor("totals") { $0.contains("确认结算") }
    XCTAssertTrue(review.contains("消费 1 笔  ¥12.50"), review)
    try session.send("Enter")
    try session.waitFor(text: "结算成功")
  }

  func test_decimalKeyProfile_takes12_50AsTyped() throws {
    let session = try TmuxSession()
    try session.startConsole("--terminal-profile lakala-decimal")
    try session.openSignedIn(entry: "2")
    try session.waitFor(text: "请输入金额（元）")
    try session.send("1", "2", ".", "5", "0")
    try session.waitFor(text: "金额：12.50")
    try session.send("Enter")
    let screen = try session.waitFor("code screen") { $0.contains("请出示付款码") }
    XCTAssertTrue(screen.contains("¥12.50"), screen)
    XCTAssertTrue(screen.contains("扫码支付"), screen)
  }

  func test_terminalValidate_reportsABrokenProfileWithFileAndLine() throws {
    let session = try TmuxSession()
    let shipped = TmuxSession.repoRoot + "/data/terminal-profiles/lakala-dianqian.toml"
    try session.run(
      "cd '\(session.dataDirectory)'; clear; "
        + "sed 's/opens = \"query\"/opens = \"queries\"/' '\(shipped)' > broken.toml; "
        + "'\(TmuxSession.binary)' terminal validate broken.toml; echo \"EXIT=$?\"")
    try session.waitFor(text: "EXIT=")
    let output = try session.capture()
    XCTAssertTrue(output.contains("EXIT=1"), output)
    let line = try XCTUnwrap(
      output.split(separator: "\n").first { $0.contains("queries") }, output)
    XCTAssertTrue(line.hasPrefix("broken.toml:"), output)
    XCTAssertTrue(line.contains(": unknown-reference: "), output)
  }
}

/// Issue 20 item 9, at the counter: the same code scanned twice is refused the second time,
/// also when the first order was cancelled after the 30 s wallet wait.
final class UsedPaymentCodeEndToEndTests: XCTestCase {
  private func nextSale(_ session: TmuxSession, amount: String, code: String) throws {
    try session.send("Enter")
    try session.waitFor(text: "1 消费")
    try session.send("2")
    try session.waitFor(text: "金额：0.00_")
    try session.send(amount, "Enter")
    try session.waitFor(text: "请出示付款码")
    try session.send(code, "Enter")
  }

  func test_aUsedCode_isRefused_andAfterTheWalletWaitCancelsToo() throws {
    let session = try TmuxSession()
    try session.startConsole("--simulated-second-ms 20")
    let code = TmuxSession.freshWechatCode
    try session.scanSale(amount: "300", code: code)
    try session.waitFor(text: "交易成功")
    try nextSale(session, amount: "400", code: code)
    let refused = try session.waitFor("the used code refused") { $0.contains("付款码已失效或已使用") }
    XCTAssertFalse(refused.contains("交易成功"), refused)

    let waited = TmuxSession.freshWechatCode
    try nextSale(session, amount: "150000", code: waited)
    try session.waitFor(text: "用户支付中")
    try session.waitFor("the wait cancelled", timeout: 20) { $0.contains("秒未输入密码，已撤单") }
    try nextSale(session, amount: "500", code: waited)
    try session.waitFor("the cancelled order's code refused") { $0.contains("付款码已失效或已使用") }
    let stored = try TmuxSession.shell(
      "/usr/bin/sqlite3",
      [session.dataDirectory + "/pos-console.sqlite", "SELECT count(*) FROM sim_transaction"])
    XCTAssertEqual(stored.trimmingCharacters(in: .whitespacesAndNewlines), "1")
  }
}

/// Issue 20 item 20: nothing pressed Backspace on the unit, so taking it off the clear key
/// went unseen. Backspace and Delete each take the last digit off the amount.
final class UnitClearKeyEndToEndTests: XCTestCase {
  func test_backspaceAndDelete_clearTheLastDigit() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.openAmountEntry(entry: "2")
    try session.send("1", "2", "5")
    try session.waitFor(text: "金额：1.25")
    try session.send("BSpace")
    try session.waitFor(text: "金额：0.12")
    try session.send("DC")
    try session.waitFor(text: "金额：0.01")
    try session.send("Enter")
    try session.waitFor(all: ["请出示付款码", "¥0.01"])
  }
}
