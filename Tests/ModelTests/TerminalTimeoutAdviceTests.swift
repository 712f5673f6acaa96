import XCTest

@testable import Model

/// Issue 20 item 10: a timed-out sale's advice fits how it was paid, the unit claims no
/// time it did not take, and the reversal shows with the sale that carried it.
final class TerminalTimeoutAdviceTests: XCTestCase {

  func test_cardTimeout_advisesTryingTheCardAgain_notAFreshCode() throws {
    var sim = try TerminalFixture.signedIn(faults: [.weakSignal])
    let events = sim.cardSale("20")
    XCTAssertEqual(sim.declinedFailure, .timedOut(seconds: 60, channel: .card))
    XCTAssertEqual(events.suggestions, [.retryCard])
    XCTAssertTrue(sim.screenText.contains("请重新刷卡；仍不成功请换一张卡或收现金"), sim.screenText)
    XCTAssertFalse(sim.screenText.contains("付款码"), sim.screenText)
    XCTAssertFalse(sim.screenText.contains("扫码自检"), sim.screenText)
  }

  func test_scanTimeout_stillAsksForAFreshCodeAndOffersTheSelfCheck() throws {
    var sim = try TerminalFixture.signedIn(faults: [.weakSignal])
    XCTAssertEqual(sim.scanSale("1").suggestions, [.refreshCode, .selfCheck])
    XCTAssertTrue(sim.screenText.contains("请顾客刷新付款码后重新扫码"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("2 扫码自检"), sim.screenText)
  }

  func test_results_showNoSimulatedTime() throws {
    var timedOut = try TerminalFixture.signedIn(faults: [.weakSignal])
    _ = timedOut.cardSale("20")
    XCTAssertFalse(timedOut.screenText.contains("用时"), timedOut.screenText)
    XCTAssertFalse(timedOut.screenText.contains("60.0"), timedOut.screenText)
    var approved = try TerminalFixture.signedIn()
    _ = approved.scanSale("1")
    XCTAssertTrue(approved.screenText.contains("交易成功"), approved.screenText)
    XCTAssertFalse(approved.screenText.contains("用时"), approved.screenText)
  }

  func test_reversal_showsAtTheNextCardSalesSignature() throws {
    var sim = try TerminalFixture.signedIn(faults: [.weakSignal])
    _ = sim.cardSale("20")
    _ = sim.press(.confirm)
    sim.faults = []
    _ = sim.perform(.cardSale)
    sim.typeAmount("5")
    _ = sim.press(.confirm)
    _ = sim.press(.presentCard(.insert))
    sim.send("123456")
    _ = sim.press(.confirm)
    guard case .signature = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertTrue(sim.screenText.contains("冲正成功"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("交易成功，请持卡人签名"), sim.screenText)
  }

  func test_hostAdvice_isSaidOnce_for51And96() throws {
    var funds = try TerminalFixture.signedIn(faults: [.insufficientFunds])
    _ = funds.cardSale("10")
    let fundsText = funds.screenText.components(separatedBy: "请顾客换卡或换其他方式支付")
    XCTAssertEqual(fundsText.count, 2, funds.screenText)
    var maintenance = try TerminalFixture.signedIn(faults: [.serverMaintenance])
    _ = maintenance.scanSale("1")
    XCTAssertTrue(maintenance.screenText.contains("应答码：96"), maintenance.screenText)
    XCTAssertFalse(
      maintenance.screenText.contains("请稍后重试，留意官方公告"), maintenance.screenText)
    XCTAssertEqual(maintenance.screenText.components(separatedBy: "稍后重试").count, 3)
  }
}

/// Issue 20 item 15: 签到 asks the host, so it fails with no network.
final class TerminalSignInNetworkTests: XCTestCase {

  func test_signIn_withTheNetworkDown_failsAndStaysAtSignIn() throws {
    var sim = TerminalSimulator(
      codes: try TerminalFixture.codes(), profile: try TerminalFixture.profile(),
      faults: [.networkDown], clock: TerminalFixture.clock())
    _ = sim.press(.confirm)
    sim.send("0000")
    _ = sim.press(.confirm)
    XCTAssertNil(sim.operatorID)
    XCTAssertFalse(sim.atStartMenu)
    XCTAssertTrue(sim.screenText.contains("签到失败：网络未连接"), sim.screenText)
    sim.faults = []
    _ = sim.press(.confirm)
    sim.send("0000")
    _ = sim.press(.confirm)
    XCTAssertEqual(sim.operatorID, "01")
    XCTAssertTrue(sim.screenText.contains("签到成功"), sim.screenText)
  }
}

/// Issue 20 item 14: the query marks a voided sale; a void is called 消费撤销.
final class TerminalQueryVoidedMarkTests: XCTestCase {

  func test_queryList_marksOnlyTheVoidedSale() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.scanSale("1")
    _ = sim.press(.confirm)
    _ = sim.scanSale("2")
    _ = sim.press(.confirm)
    _ = sim.perform(.today)
    _ = sim.press(.function)
    sim.send("123456")
    _ = sim.press(.confirm)
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("交易成功"), sim.screenText)
    _ = sim.press(.confirm)
    _ = sim.perform(.today)
    let lines = sim.screen.plainText
    let first = try XCTUnwrap(lines.first { $0.contains("000001") }, "\(lines)")
    let second = try XCTUnwrap(lines.first { $0.contains("000002") }, "\(lines)")
    let void = try XCTUnwrap(lines.first { $0.contains("000003") }, "\(lines)")
    XCTAssertTrue(first.hasSuffix("已撤销"), first)
    XCTAssertFalse(second.contains("已撤销"), second)
    XCTAssertTrue(void.contains("消费撤销"), void)
    XCTAssertFalse(void.hasSuffix("已撤销"), void)
  }
}

/// Issue 20 item 12: one terminal, one merchant name, from one source.
final class StoreMerchantNameTests: XCTestCase {

  func test_sampleDirectoryStoreRow_hasTheNameTheSlipPrints() throws {
    let settings = TerminalSettings()
    let row = try XCTUnwrap(
      MerchantSampleDirectory.records.first {
        $0.number.digits == MerchantSampleDirectory.storeMerchantDigits
      })
    XCTAssertEqual(row.name, settings.merchantName.zh)
    XCTAssertEqual(row.name, "拉卡拉示例便利店")
  }
}

/// Issue 20 item 11 (part): the 电签 unit has no printer, so Esc at the signature speaks of
/// the electronic slip, not of printing one.
final class TerminalSignatureEscTests: XCTestCase {

  func test_escAtTheSignature_namesTheElectronicSlip_notAPrinter() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.perform(.cardSale)
    sim.typeAmount("20")
    _ = sim.press(.confirm)
    _ = sim.press(.presentCard(.insert))
    sim.send("123456")
    _ = sim.press(.confirm)
    _ = sim.press(.cancel)
    guard case .signature = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertTrue(sim.screenText.contains("交易已成功，需持卡人签名后生成电子签购单"), sim.screenText)
    XCTAssertFalse(sim.screenText.contains("打印"), sim.screenText)
  }
}

/// Issue 20 item 11 (part): a scan slip has no card clause; a slip viewed again says 重打印.
final class TerminalSlipReprintTests: XCTestCase {

  func test_scanSlip_hasNoCardClause_cardSlipKeepsIt() throws {
    var scan = try TerminalFixture.signedIn()
    let scanSlip = try XCTUnwrap(scan.scanSale("1").slips.first)
    XCTAssertFalse(scanSlip.lines.joined().contains("本卡账户"), "\(scanSlip.lines)")
    var card = try TerminalFixture.signedIn()
    let cardSlip = try XCTUnwrap(card.cardSale("20").slips.first)
    XCTAssertTrue(cardSlip.lines.joined().contains("本卡账户"), "\(cardSlip.lines)")
  }

  func test_slipViewedAgain_isMarkedReprint_theFirstIsNot() throws {
    var sim = try TerminalFixture.signedIn()
    let first = try XCTUnwrap(sim.scanSale("1").slips.first)
    XCTAssertFalse(first.lines.contains("重打印 REPRINT"), "\(first.lines)")
    _ = sim.press(.confirm)
    _ = sim.perform(.today)
    _ = sim.press(.confirm)
    guard case .slipView = sim.state else { return XCTFail("\(sim.state)") }
    let again = try XCTUnwrap(sim.shownSlip)
    XCTAssertEqual(again.lines[1], "重打印 REPRINT", "\(again.lines)")
  }
}
