import XCTest

@testable import Model

/// Menus from the profile: 结算 and 签退 under 管理, the forced settlement, 交易查询, and a
/// second profile that changes menus, labels and amount entry without code.
final class TerminalMenuTests: XCTestCase {
  func test_settlementSitsUnderManagement_notOnTheMainMenu() throws {
    var sim = try TerminalFixture.signedIn()
    XCTAssertFalse(sim.screenText.contains("结算"), sim.screenText)
    _ = sim.press(.digit(6))
    XCTAssertEqual(sim.state, .menu("manage"))
    XCTAssertTrue(sim.screenText.contains("1 结算"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("2 签退"), sim.screenText)
    _ = sim.press(.digit(1))
    guard case .settlementReview(_, forced: false) = sim.state else {
      return XCTFail("\(sim.state)")
    }
    XCTAssertEqual(sim.screen.title, "结算")
    _ = sim.press(.cancel)
    XCTAssertEqual(sim.state, .menu("manage"))
  }

  func test_functionKey_opensManagement() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.press(.function)
    XCTAssertEqual(sim.state, .menu("manage"))
    _ = sim.press(.cancel)
    XCTAssertTrue(sim.atStartMenu)
  }

  func test_signOff_underManagement_returnsToSignIn() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.press(.digit(6))
    _ = sim.press(.digit(2))
    XCTAssertEqual(sim.state, .signIn(SignInEntry()))
    XCTAssertNil(sim.operatorID)
    XCTAssertTrue(sim.screenText.contains("签退成功"), sim.screenText)
  }

  func test_batchFromYesterday_forcesSettlementBeforeTheNextSale() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.scanSale("10")
    let nextDay = TerminalFixture.clock(TerminalFixture.saleDate.addingTimeInterval(86_400))
    var later = TerminalSimulator(
      codes: sim.codes, profile: sim.profile, ledger: sim.ledger, clock: nextDay)
    _ = later.press(.confirm)
    later.send("0000")
    _ = later.press(.confirm)
    guard case .settlementReview(_, forced: true) = later.state else {
      return XCTFail("\(later.state)")
    }
    XCTAssertTrue(later.screenText.contains("上批次未结算，请先结算"), later.screenText)
    _ = later.press(.cancel)
    guard case .settlementReview(_, forced: true) = later.state else {
      return XCTFail("cancel left the forced settlement: \(later.state)")
    }
    let events = later.press(.confirm)
    XCTAssertTrue(events.contains { if case .batchSettled = $0 { true } else { false } })
    _ = later.press(.confirm)
    _ = later.perform(.scanSale)
    guard case .amountEntry = later.state else { return XCTFail("\(later.state)") }
  }

  func test_sameDayBatch_isNotForced() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.scanSale("10")
    _ = sim.press(.confirm)
    _ = sim.perform(.cardSale)
    guard case .amountEntry = sim.state else { return XCTFail("\(sim.state)") }
  }

  func test_query_listsTodaysSales_showsTheSlipAgain_andVoidStartsFromIt() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.cardSale("88")
    _ = sim.press(.confirm)
    _ = sim.scanSale("12.50")
    _ = sim.press(.confirm)
    _ = sim.press(.digit(5))
    XCTAssertTrue(sim.screenText.contains("1 当日交易"), sim.screenText)
    _ = sim.press(.digit(1))
    XCTAssertTrue(sim.screenText.contains("> 000001 消费 ¥88.00 14:03"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("000002 扫码支付 ¥12.50"), sim.screenText)
    _ = sim.press(.confirm)
    let again = try XCTUnwrap(sim.shownSlip)
    XCTAssertTrue(again.lines.contains("凭证号：000001"), "\(again.lines)")
    XCTAssertTrue(again.lines.contains("持卡人签名：已电子签名"), "\(again.lines)")
    _ = sim.press(.cancel)
    XCTAssertEqual(sim.state, .transactionList(selected: 0))
    _ = sim.press(.function)
    guard case .supervisor(.voidSale, _) = sim.state else { return XCTFail("\(sim.state)") }
    sim.send("123456")
    _ = sim.press(.confirm)
    guard case .voidConfirm(let sale) = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertEqual(sale.voucher, "000001")
    _ = sim.press(.confirm)
    guard case .awaitingCard(_, .void) = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertTrue(sim.screenText.contains("请刷卡、插卡或挥卡"), sim.screenText)
  }

  func test_lastSlip_showsTheLastTransactionAgain() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.perform(.lastSlip)
    XCTAssertTrue(sim.screenText.contains("当日无交易"), sim.screenText)
    _ = sim.scanSale("7")
    _ = sim.press(.confirm)
    _ = sim.perform(.lastSlip)
    XCTAssertTrue(sim.shownSlip?.lines.contains("金额：RMB 7.00") == true)
  }

  func test_secondProfile_changesMenusLabelsAndAmountEntry() throws {
    var sim = try TerminalFixture.signedIn(profile: try TerminalFixture.profile("lakala-decimal"))
    XCTAssertTrue(sim.screenText.contains("2 扫码支付"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("5 管理"), sim.screenText)
    XCTAssertFalse(sim.screenText.contains("交易查询"), sim.screenText)
    _ = sim.press(.digit(5))
    XCTAssertTrue(sim.screenText.contains("8 交易查询"), sim.screenText)
    _ = sim.press(.cancel)
    _ = sim.press(.digit(2))
    XCTAssertEqual(sim.screen.title, "扫码支付")
    sim.send("12.5")
    XCTAssertEqual(sim.screen.field?.display, "12.5")
  }

  func test_screenTexts_comeFromTheProfile() throws {
    var profile = try TerminalFixture.profile()
    profile.texts[.showPaymentCode] = LocalizedText(zh: "请顾客亮码", en: "Show the code")
    profile.texts[.approvedHeading] = LocalizedText(zh: "收款成功", en: "Paid")
    var sim = try TerminalFixture.signedIn(profile: profile)
    sim.startScan("3")
    XCTAssertTrue(sim.screenText.contains("请顾客亮码"), sim.screenText)
    _ = sim.press(.text(TerminalFixture.wechatCode + "\n"))
    XCTAssertTrue(sim.screenText.contains("收款成功"), sim.screenText)
    XCTAssertFalse(sim.screenText.contains("交易成功"), sim.screenText)
  }

  func test_everyNodeID_isStableAndNamed() throws {
    let ids = try TerminalFixture.profile().nodes.map(\.id)
    XCTAssertEqual(
      ids,
      [
        "main.sale", "main.scan", "main.void", "main.refund", "main.query", "main.manage",
        "query.today", "query.last", "manage.settle", "manage.signoff", "manage.version",
        "manage.permissions", "manage.merchant", "manage.network", "manage.parameters",
      ])
    XCTAssertEqual(Set(try TerminalFixture.profile("lakala-decimal").nodes.map(\.id)), Set(ids))
  }
}

/// The key path to a node, as guides will show it for any profile.
final class TerminalProfilePathTests: XCTestCase {
  func test_pathToANode_listsTheMenusToOpen_inEachProfile() throws {
    let lakala = try TerminalFixture.profile()
    XCTAssertEqual(lakala.path(to: "manage.version")?.map(\.key), [6, 3])
    XCTAssertEqual(lakala.path(to: "query.today")?.map(\.key), [5, 1])
    XCTAssertEqual(lakala.path(to: "main.sale")?.map(\.id), ["main.sale"])
    let decimal = try TerminalFixture.profile("lakala-decimal")
    XCTAssertEqual(
      decimal.path(to: "query.today")?.map(\.id), ["main.manage", "main.query", "query.today"])
    XCTAssertEqual(decimal.path(to: "query.today")?.map(\.key), [5, 8, 1])
    XCTAssertNil(lakala.path(to: "manage.reboot"))
  }

  func test_everyShippedNode_isReachableFromTheStartMenu() throws {
    for name in ["lakala-dianqian", "lakala-decimal"] {
      let profile = try TerminalFixture.profile(name)
      for node in profile.nodes {
        XCTAssertNotNil(profile.path(to: node.id), "\(name): \(node.id)")
      }
    }
  }
}
