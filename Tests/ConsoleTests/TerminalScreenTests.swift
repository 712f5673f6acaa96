import Foundation
import Model
import XCTest

@testable import Console

/// The simulated terminal on screen, driven by keys, read as text at 80x24.
final class TerminalScreenTests: XCTestCase {
  private typealias F = TerminalScreenFixture
  private let signIn = "\r0000\r"
  private let wechat = "134567890123456789"

  func test_scanEntry_signsInFirstThenOpensScanAmount_inChinese() throws {
    var state = F.press(try F.state(.zh), "1")
    XCTAssertTrue(F.text(state).contains("签到"), F.text(state))
    XCTAssertTrue(F.text(state).contains("操作员号：01"))
    XCTAssertTrue(F.text(state).contains("确认"))
    XCTAssertTrue(F.text(state).contains("F2"))
    XCTAssertTrue(F.text(state).contains("F10"))
    state = F.press(state, signIn)
    XCTAssertTrue(F.text(state).contains("请输入金额"), F.text(state))
    XCTAssertTrue(F.text(state).contains("金额：0.00_"), F.text(state))
  }

  func test_scanSaleWithWeChatCode_approvesAndShowsSlipWithAmount_inEnglish() throws {
    var state = F.press(try F.state(.en), "1" + signIn + "1250\r" + wechat + "\r")
    let text = F.text(state)
    XCTAssertTrue(text.contains("Approved"), text)
    XCTAssertTrue(text.contains("12.50"), text)
    XCTAssertTrue(text.contains("Slip"), text)
    XCTAssertTrue(text.contains("WeChat"), text)
    state = F.press(state, "\r\u{1B}")
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
    XCTAssertEqual(state.resources.ledger.records.count, 1, "the batch goes back with the unit")
  }

  func test_scanWithPermissionOff_shows58AndOffersCardAndSelfCheck() throws {
    var state = F.press(
      try F.state(.zh, faults: [.permissionOff]), "1" + signIn + "2000\r" + wechat + "\r")
    let text = F.text(state)
    XCTAssertTrue(text.contains("58"), text)
    XCTAssertTrue(text.contains("1 "), text)
    XCTAssertTrue(text.contains("刷卡"), text)
    XCTAssertTrue(text.contains("自检"), text)
    state = F.press(state, "2")
    guard state.screen.shown(SelfCheckSession.self) != nil else {
      return XCTFail("\(state.screen)")
    }
    XCTAssertNotNil(state.parkedTerminal, "the unit is kept for when the cashier comes back")
  }

  func test_permissionOff_key1RetriesSameAmountByCard() throws {
    let state = F.press(
      try F.state(.zh, faults: [.permissionOff]), "1" + signIn + "2000\r" + wechat + "\r1")
    XCTAssertTrue(F.text(state).contains("请刷卡、插卡或挥卡"), F.text(state))
    XCTAssertTrue(F.text(state).contains("20.00"))
  }

  func test_cardSaleWithSignature_completesWithSignedSlip_inChinese() throws {
    var state = F.press(try F.state(.zh), "2" + signIn + "8880\r")
    XCTAssertTrue(F.text(state).contains("请刷卡、插卡或挥卡"), F.text(state))
    state = F.press(state, "i123456\r")
    XCTAssertTrue(F.text(state).contains("电子签名"), F.text(state))
    XCTAssertTrue(F.text(state).contains("+......"), F.text(state))
    state = F.press(state, [.right, .right, .up])
    XCTAssertTrue(F.text(state).contains("  ..+...."), F.text(state))
    XCTAssertTrue(F.text(state).contains("  ###...."), F.text(state))
    state = F.press(state, [.character(" "), .right, .right])
    XCTAssertTrue(F.text(state).contains("  ..#.o..."), "a lifted pen leaves no ink")
    state = F.press(state, "\r")
    let text = F.text(state)
    XCTAssertTrue(text.contains("交易成功"), text)
    XCTAssertTrue(text.contains("已电子签名"), text)
    XCTAssertTrue(text.contains("RMB 88.80"), text)
  }

  func test_voidRefundEntry_asksWhichThenRefundRefusesWrongSupervisorPassword() throws {
    var state = F.press(try F.state(.en), "3" + signIn)
    XCTAssertTrue(F.text(state).contains("1 Void"), F.text(state))
    XCTAssertTrue(F.text(state).contains("2 Refund"), F.text(state))
    state = F.press(state, "2")
    XCTAssertTrue(F.text(state).contains("supervisor"), F.text(state))
    state = F.press(state, "111111\r")
    XCTAssertTrue(F.text(state).contains("Wrong supervisor password"), F.text(state))
  }

  func test_voidShowsEarlierSaleFromStoredBatch() throws {
    var sale = F.press(try F.state(.zh), "1" + signIn + "1250\r" + wechat + "\r\r\u{1B}")
    let ledger = sale.resources.ledger
    // A fresh console (a restart) starts from the stored batch.
    sale = F.press(try F.state(.zh, ledger: ledger), "3" + signIn + "1123456\r1\r")
    let text = F.text(sale)
    XCTAssertTrue(text.contains("12.50"), text)
    XCTAssertTrue(text.contains("000001"), text)
  }

  func test_managementEntry_opensManagementMenuAndEscTwiceGoesHome() throws {
    var state = F.press(try F.state(.zh), "7" + signIn)
    XCTAssertTrue(F.text(state).contains("版本信息"), F.text(state))
    state = F.press(state, "\u{1B}")
    XCTAssertTrue(F.text(state).contains("1 消费"), F.text(state))
    state = F.press(state, "\u{1B}")
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
  }

  func test_unitStaysSignedInAfterGoingHome() throws {
    var state = F.press(try F.state(.zh), "1" + signIn)
    state = F.press(state, [.function(10)])
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
    state = F.press(state, "2")
    XCTAssertTrue(F.text(state).contains("刷卡消费"), F.text(state))
    XCTAssertTrue(F.text(state).contains("金额：0.00_"), F.text(state))
  }

  func test_withoutCodeTable_saysWhatIsMissing() {
    var resources = Resources()
    resources.problems = ["data/payment-codes.toml: not found (set POS_CONSOLE_HOME)"]
    var state = AppState(
      language: .en, size: ScreenSize(width: 80, height: 24), resources: resources)
    state = F.press(state, "1")
    XCTAssertTrue(F.text(state).contains("cannot start"), F.text(state))
    XCTAssertTrue(F.text(state).contains("payment-codes.toml: not found"), F.text(state))
    state = F.press(state, "\u{1B}")
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
  }

  func test_storeFailure_isShownOnTheTerminal() throws {
    var state = F.press(try F.state(.en), "1")
    state = update(state, .terminalStoreFailed("/tmp/x.sqlite is not open")).0
    XCTAssertTrue(F.text(state).contains("Not stored: /tmp/x.sqlite"), F.text(state))
  }

  func test_fitsAtMinimumSize() throws {
    let state = F.press(
      try F.state(.zh, size: ScreenSize(width: 60, height: 20)), "2" + signIn + "5\rs123456\r")
    let lines = view(state).lines()
    XCTAssertEqual(lines.count, 20)
    XCTAssertTrue(lines.joined().contains("+"), lines.joined(separator: "\n"))
    XCTAssertTrue(lines[19].contains("Enter"))
  }

  func test_samplePicker_F2OpensCameraSamplesAndDigitScansOne() throws {
    var state = TerminalScreenFixture.press(try TerminalScreenFixture.state(.en), "1\r0000\r20\r")
    state = TerminalScreenFixture.press(state, [.function(2)])
    let text = TerminalScreenFixture.text(state)
    XCTAssertTrue(text.contains("> 1 WeChat payment code"), text)
    XCTAssertTrue(text.contains("  2 Alipay payment code"), text)
    state = TerminalScreenFixture.press(state, "1")
    XCTAssertTrue(TerminalScreenFixture.text(state).contains("Approved"))
  }

  func test_pastedSelfMadeURL_isTypedAsTextAndRefused() throws {
    let state = TerminalScreenFixture.press(
      try TerminalScreenFixture.state(.en), "1\r0000\r20\rhttps://example.com/pay\r")
    let text = TerminalScreenFixture.text(state)
    XCTAssertTrue(text.contains("Declined"), text)
    XCTAssertFalse(text.contains("Approved"), text)
  }
}
