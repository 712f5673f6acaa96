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
    var state = F.press(try F.state(.zh), "2")
    XCTAssertTrue(state.screenText.contains("签到"), state.screenText)
    XCTAssertTrue(state.screenText.contains("操作员号：01"))
    XCTAssertTrue(state.screenText.contains("确认"))
    XCTAssertTrue(state.screenText.contains("F2"))
    XCTAssertTrue(state.screenText.contains("F10"))
    state = F.press(state, signIn)
    XCTAssertTrue(state.screenText.contains("请输入金额"), state.screenText)
    XCTAssertTrue(state.screenText.contains("金额：0.00_"), state.screenText)
  }

  func test_scanSaleWithWeChatCode_approvesAndShowsSlipWithAmount_inEnglish() throws {
    var state = F.press(try F.state(.en), "2" + signIn + "1250\r" + wechat + "\r")
    let text = state.screenText
    XCTAssertTrue(text.contains("Approved"), text)
    XCTAssertTrue(text.contains("12.50"), text)
    XCTAssertTrue(text.contains("Slip"), text)
    XCTAssertTrue(text.contains("WeChat"), text)
    state = F.press(state, "\r")
    state = F.press(state, [.function(10)])
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
    XCTAssertEqual(state.resources.ledger.records.count, 1, "the batch goes back with the unit")
  }

  func test_scanWithPermissionOff_shows58AndOffersCardAndSelfCheck() throws {
    var state = F.press(
      try F.state(.zh, faults: [.permissionOff]), "2" + signIn + "2000\r" + wechat + "\r")
    let text = state.screenText
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
      try F.state(.zh, faults: [.permissionOff]), "2" + signIn + "2000\r" + wechat + "\r1")
    XCTAssertTrue(state.screenText.contains("请刷卡、插卡或挥卡"), state.screenText)
    XCTAssertTrue(state.screenText.contains("20.00"))
  }

  func test_cardSaleWithSignature_completesWithSignedSlip_inChinese() throws {
    var state = F.press(try F.state(.zh), "1" + signIn + "8880\r")
    XCTAssertTrue(state.screenText.contains("请刷卡、插卡或挥卡"), state.screenText)
    state = F.press(state, "i123456\r")
    XCTAssertTrue(state.screenText.contains("电子签名"), state.screenText)
    XCTAssertTrue(state.screenText.contains("+......"), state.screenText)
    state = F.press(state, [.right, .right, .up])
    XCTAssertTrue(state.screenText.contains("  ..+...."), state.screenText)
    XCTAssertTrue(state.screenText.contains("  ###...."), state.screenText)
    state = F.press(state, [.character(" "), .right, .right])
    XCTAssertTrue(state.screenText.contains("  ..#.o..."), "a lifted pen leaves no ink")
    state = F.press(state, "\r")
    let text = state.screenText
    XCTAssertTrue(text.contains("交易成功"), text)
    XCTAssertTrue(text.contains("已电子签名"), text)
    XCTAssertTrue(text.contains("RMB 88.80"), text)
  }

  func test_voidRefundEntry_asksWhichThenRefundRefusesWrongSupervisorPassword() throws {
    var state = F.press(try F.state(.en), "3" + signIn)
    XCTAssertTrue(state.screenText.contains("1 Void"), state.screenText)
    XCTAssertTrue(state.screenText.contains("2 Refund"), state.screenText)
    state = F.press(state, "2")
    XCTAssertTrue(state.screenText.contains("supervisor"), state.screenText)
    state = F.press(state, "111111\r")
    XCTAssertTrue(state.screenText.contains("Wrong supervisor password"), state.screenText)
  }

  func test_voidShowsEarlierSaleFromStoredBatch() throws {
    var sale = F.press(try F.state(.zh), "2" + signIn + "1250\r" + wechat + "\r\r")
    sale = F.press(sale, [.function(10)])
    let ledger = sale.resources.ledger
    // A fresh console (a restart) starts from the stored batch.
    sale = F.press(try F.state(.zh, ledger: ledger), "3" + signIn + "1123456\r1\r")
    let text = sale.screenText
    XCTAssertTrue(text.contains("12.50"), text)
    XCTAssertTrue(text.contains("000001"), text)
  }

  func test_managementEntry_escGoesToTheUnitsMainMenu_whichEscKeepsAndF10Leaves() throws {
    var state = F.press(try F.state(.zh), "7" + signIn)
    XCTAssertTrue(state.screenText.contains("版本信息"), state.screenText)
    state = F.press(state, "\u{1B}")
    XCTAssertTrue(state.screenText.contains("1 消费"), state.screenText)
    state = F.press(state, "\u{1B}")
    XCTAssertNil(
      state.screen.shown(HomeScreen.self), "Esc on the unit's main menu stays on the unit")
    XCTAssertTrue(state.screenText.contains("1 消费"), state.screenText)
    state = F.press(state, [.function(10)])
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
  }

  func test_unitStaysSignedInAfterGoingHome() throws {
    var state = F.press(try F.state(.zh), "2" + signIn)
    state = F.press(state, [.function(10)])
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
    state = F.press(state, "1")
    XCTAssertTrue(state.screenText.contains("刷卡消费"), state.screenText)
    XCTAssertTrue(state.screenText.contains("金额：0.00_"), state.screenText)
  }

  func test_withoutCodeTable_saysWhatIsMissing() {
    var resources = Resources()
    resources.problems = ["data/payment-codes.toml: not found (set POS_CONSOLE_HOME)"]
    var state = AppState(
      language: .en, size: ScreenSize(width: 80, height: 24), resources: resources)
    state = F.press(state, "1")
    XCTAssertTrue(state.screenText.contains("cannot start"), state.screenText)
    XCTAssertTrue(state.screenText.contains("payment-codes.toml: not found"), state.screenText)
    state = F.press(state, "\u{1B}")
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
  }

  func test_storeFailure_isShownOnTheTerminal() throws {
    var state = F.press(try F.state(.en), "1")
    state = update(state, .terminalStoreFailed("/tmp/x.sqlite is not open")).0
    XCTAssertTrue(state.screenText.contains("Not stored: /tmp/x.sqlite"), state.screenText)
  }

  func test_fitsAtMinimumSize() throws {
    let state = F.press(
      try F.state(.zh, size: ScreenSize(width: 60, height: 20)), "1" + signIn + "5\rs123456\r")
    let lines = view(state).lines()
    XCTAssertEqual(lines.count, 20)
    XCTAssertTrue(lines.joined().contains("+"), lines.joined(separator: "\n"))
    XCTAssertTrue(lines[19].contains("Enter"))
  }

  func test_samplePicker_F2OpensCameraSamplesAndDigitScansOne() throws {
    var state = TerminalScreenFixture.press(try TerminalScreenFixture.state(.en), "2\r0000\r20\r")
    state = TerminalScreenFixture.press(state, [.function(2)])
    let text = state.screenText
    XCTAssertTrue(text.contains("> 1 WeChat payment code"), text)
    XCTAssertTrue(text.contains("  2 Alipay payment code"), text)
    state = TerminalScreenFixture.press(state, "1")
    XCTAssertTrue(state.screenText.contains("Approved"))
  }

  func test_pastedSelfMadeURL_isTypedAsTextAndRefused() throws {
    let state = TerminalScreenFixture.press(
      try TerminalScreenFixture.state(.en), "2\r0000\r20\rhttps://example.com/pay\r")
    let text = state.screenText
    XCTAssertTrue(text.contains("Declined"), text)
    XCTAssertFalse(text.contains("Approved"), text)
  }
}

/// Issue 20 item 19: the key panel beside the unit says each key in full at any width.
final class TerminalKeyPanelWidthTests: XCTestCase {

  func test_keyPanel_wrapsALongDescription_insteadOfCuttingIt() throws {
    for width in [80, 100, 120] {
      let state = TerminalScreenFixture.press(
        try TerminalScreenFixture.state(.en, size: ScreenSize(width: width, height: 30)), "2")
      let text = state.screenText
      XCTAssertTrue(text.contains("digits; . on decimal-key"), "\(width)\n\(text)")
      XCTAssertFalse(text.contains("uni…"), "\(width)\n\(text)")
      let lines = text.components(separatedBy: "\n")
      let row = try XCTUnwrap(lines.firstIndex { $0.contains("digits; . on decimal-key") })
      XCTAssertTrue(lines[row + 1].contains("units"), "\(width)\n\(text)")
      XCTAssertTrue(text.contains("F10"), "the last key still shows at \(width)")
    }
  }
}
