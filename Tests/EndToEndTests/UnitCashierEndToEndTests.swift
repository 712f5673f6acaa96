import Foundation
import XCTest

/// Issue 20, "the unit a cashier knows": what a daily 电签 user expects, in the real binary.
final class UnitCashierEndToEndTests: XCTestCase {

  /// Item 10: a card sale that times out is retried by card, not with a fresh payment code,
  /// and the unit claims no time it did not take.
  func test_cardSaleTimeout_advisesTheCard_andClaimsNoTime() throws {
    let session = try TmuxSession()
    try session.startConsole("--fault weak-signal")
    try session.openAmountEntry(entry: "1")
    try session.send("2000", "Enter")
    try session.waitFor(text: "请刷卡、插卡或挥卡")
    try session.send("i")
    try session.waitFor(text: "密码")
    try session.send("123456", "Enter")
    let screen = try session.waitFor(all: ["应答码：98", "请重新刷卡；仍不成功请换一张", "卡或收现金", "[确认]"])
    XCTAssertFalse(screen.contains("刷新付款码"), screen)
    XCTAssertFalse(screen.contains("扫码自检"), screen)
    XCTAssertFalse(screen.contains("用时"), screen)
  }

  /// Item 15: Esc on the unit's main menu is the unit's own key (the menu stays); F10 is home.
  func test_escOnTheUnitsMainMenu_staysOnTheUnit_F10GoesHome() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.openSignedIn(entry: "7")
    try session.waitFor(text: "版本信息")
    try session.send("Escape")
    try session.waitFor(all: ["1 消费", "2 扫码"])
    try session.send("Escape")
    // On home 2 would open 刷卡消费; on the unit's main menu it is 扫码.
    try session.send("2")
    let screen = try session.waitFor(all: ["金额：0.00_", "扫码"])
    XCTAssertFalse(screen.contains("0 退出"), screen)
    XCTAssertFalse(screen.contains("刷卡消费"), screen)
    try session.send("F10")
    try session.waitFor(text: "0 退出")
  }

  /// Item 15: 签到 talks to the host; with no network it fails and says why.
  func test_signInWithTheNetworkDown_fails() throws {
    let session = try TmuxSession()
    try session.startConsole("--fault network-down")
    try session.send("1")
    try session.waitFor(text: "操作员号：01")
    try session.send("Enter")
    try session.waitFor(text: "密码")
    try session.send("0000", "Enter")
    let screen = try session.waitFor(all: ["签到失败：网络未连接", "操作员号"])
    XCTAssertFalse(screen.contains("金额：0.00_"), screen)
  }
}

/// Issue 20 item 14: a voided sale is marked in 交易查询 and the void reads 消费撤销.
final class UnitQueryEndToEndTests: XCTestCase {

  func test_voidedSale_isMarkedInTheQuery_andTheVoidReads消费撤销() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.scanSale(amount: "1250")
    try session.waitFor(all: ["交易成功", "RMB 12.50"])
    try session.send("Enter")
    try session.waitFor(all: ["3 消费撤销", "5 交易查询"])
    try session.send("5")
    try session.waitFor(text: "1 当日交易")
    try session.send("1")
    try session.waitFor(text: "000001 扫码支付 ¥12.50")
    try session.send("F2")
    try session.waitFor(text: "请输入主管密码")
    try session.send("123456", "Enter")
    try session.waitFor(text: "确认撤销此笔交易")
    try session.send("Enter")
    try session.waitFor(all: ["交易成功", "消费撤销", "[确认]"])
    try session.send("Enter")
    try session.waitFor(text: "5 交易查询")
    try session.send("5")
    try session.waitFor(text: "1 当日交易")
    try session.send("1")
    let list = try session.waitFor(all: ["000001 扫码支付 ¥12.50", "已撤销", "000002 消费撤销"])
    XCTAssertEqual(list.components(separatedBy: "已撤销").count, 2, "only the sale is marked: \(list)")
  }
}
