import XCTest

@testable import Model

final class TerminalVoidRefundTests: XCTestCase {
  /// A terminal with one 100.00 scan sale (voucher 000001, reference 000000000001).
  private func withSale() throws -> TerminalSimulator {
    var sim = try TerminalFixture.signedIn()
    _ = sim.scanSale("100")
    _ = sim.press(.confirm)
    return sim
  }

  private func startVoid(_ sim: inout TerminalSimulator, password: String = "123456") {
    _ = sim.press(.digit(3))
    sim.send(password)
    _ = sim.press(.confirm)
  }

  private func startRefund(
    _ sim: inout TerminalSimulator, reference: String = "000000000001", date: String = "0501"
  ) {
    _ = sim.press(.digit(4))
    sim.send("123456")
    _ = sim.press(.confirm)
    _ = sim.press(.presentCard(.insert))
    sim.send(reference)
    _ = sim.press(.confirm)
    sim.send(date)
    _ = sim.press(.confirm)
  }

  func test_void_sameBatch_showsOriginalThenVoids() throws {
    var sim = try withSale()
    startVoid(&sim)
    XCTAssertEqual(sim.state, .voucherEntry(""))
    sim.send("1")
    _ = sim.press(.confirm)
    guard case .voidConfirm(let original) = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertEqual(original.voucher, "000001")
    XCTAssertTrue(sim.screenText.contains("原交易金额：¥100.00"))
    let events = sim.press(.confirm)
    let void = try XCTUnwrap(events.completed.first)
    XCTAssertEqual(void.kind, .void)
    XCTAssertEqual(void.originalVoucher, "000001")
    XCTAssertEqual(void.voucher, "000002")
    XCTAssertEqual(events.slips.count, 1)
    XCTAssertEqual(sim.ledger.summary(training: false).netFen, 0)

    _ = sim.press(.confirm)
    startVoid(&sim)
    sim.send("000001")
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("原交易已撤销"))
  }

  func test_wrongSupervisorPassword_isRefused() throws {
    var sim = try withSale()
    startVoid(&sim, password: "111111")
    XCTAssertEqual(sim.state, .supervisor(flow: .void, password: ""))
    XCTAssertTrue(sim.screenText.contains("主管密码错误"))
    _ = sim.press(.cancel)
    _ = sim.press(.digit(4))
    sim.send("654321")
    _ = sim.press(.confirm)
    XCTAssertEqual(sim.state, .supervisor(flow: .refund, password: ""))
    XCTAssertTrue(sim.screenText.contains("主管密码错误"))
  }

  func test_voidAfterSettlement_isRefusedAndPointsToRefund() throws {
    var sim = try withSale()
    _ = sim.perform(.settle)
    let events = sim.press(.confirm)
    guard case .batchSettled(let summary)? = events.first else { return XCTFail("\(events)") }
    XCTAssertEqual(summary.batch, "000001")
    XCTAssertEqual(summary.saleFen, 10_000)
    XCTAssertEqual(sim.ledger.live.batchNumber, 2)
    _ = sim.press(.confirm)
    startVoid(&sim)
    sim.send("1")
    _ = sim.press(.confirm)
    XCTAssertEqual(sim.state, .voucherEntry(""))
    XCTAssertTrue(sim.screenText.contains("原交易已结算，不能撤销，请使用退货"), sim.screenText)
  }

  func test_voidOfUnknownVoucher_saysNotFound() throws {
    var sim = try withSale()
    startVoid(&sim)
    sim.send("42")
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("原交易不存在"))
  }

  func test_voidOnAnotherDay_isRefused() throws {
    var sim = try withSale()
    let nextDay = TerminalFixture.saleDate.addingTimeInterval(86_400)
    var later = TerminalSimulator(
      codes: sim.codes, profile: sim.profile, ledger: sim.ledger,
      clock: TerminalFixture.clock(nextDay))
    _ = later.press(.confirm)
    later.send("0000")
    _ = later.press(.confirm)
    // Yesterday's batch is not settled: the unit settles it first, then the sale is in a
    // closed batch and only a refund can return the money.
    guard case .settlementReview(_, forced: true) = later.state else {
      return XCTFail("\(later.state)")
    }
    _ = later.press(.confirm)
    _ = later.press(.confirm)
    startVoid(&later)
    later.send("1")
    _ = later.press(.confirm)
    XCTAssertTrue(later.screenText.contains("原交易已结算，不能撤销，请使用退货"), later.screenText)
    sim = later
  }

  func test_partialRefunds_areTrackedAndTheRestIsRefundable() throws {
    var sim = try withSale()
    startRefund(&sim)
    XCTAssertTrue(sim.screenText.contains("可退金额：¥100.00"), sim.screenText)
    sim.typeAmount("30")
    _ = sim.press(.confirm)
    guard case .refundConfirm(_, let amount) = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertEqual(amount.fen, 3_000)
    let events = sim.press(.confirm)
    let refund = try XCTUnwrap(events.completed.first)
    XCTAssertEqual(refund.kind, .refund)
    XCTAssertEqual(refund.originalReference, "000000000001")
    XCTAssertEqual(refund.amountFen, 3_000)
    _ = sim.press(.confirm)

    startRefund(&sim)
    XCTAssertTrue(sim.screenText.contains("可退金额：¥70.00"), sim.screenText)
    sim.typeAmount("70.01")
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("退货金额超过可退金额 ¥70.00"), sim.screenText)
    guard case .amountEntry = sim.state else { return XCTFail("\(sim.state)") }
    for _ in 0..<4 { _ = sim.press(.clear) }
    sim.typeAmount("70")
    _ = sim.press(.confirm)
    XCTAssertEqual(sim.press(.confirm).completed.first?.amountFen, 7_000)
    _ = sim.press(.confirm)

    startRefund(&sim)
    XCTAssertTrue(sim.screenText.contains("原交易已全额退货"), sim.screenText)
  }

  func test_refundAfterSettlement_works() throws {
    var sim = try withSale()
    _ = sim.perform(.settle)
    _ = sim.press(.confirm)
    _ = sim.press(.confirm)
    startRefund(&sim)
    sim.typeAmount("100")
    _ = sim.press(.confirm)
    let refund = try XCTUnwrap(sim.press(.confirm).completed.first)
    XCTAssertEqual(refund.batch, "000002")
  }

  func test_refundWithWrongDateOrReference_isNotFound() throws {
    var sim = try withSale()
    startRefund(&sim, date: "0502")
    XCTAssertTrue(sim.screenText.contains("原交易不存在（25）"))
    _ = sim.press(.cancel)
    startRefund(&sim, reference: "000000000009")
    XCTAssertTrue(sim.screenText.contains("原交易不存在（25）"))
    _ = sim.press(.cancel)
    startRefund(&sim, date: "1345")
    XCTAssertTrue(sim.screenText.contains("日期格式错误"))
  }

  func test_shortReference_isRefused() throws {
    var sim = try withSale()
    _ = sim.press(.digit(4))
    sim.send("123456")
    _ = sim.press(.confirm)
    _ = sim.press(.presentCard(.insert))
    sim.send("123")
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("参考号应为 12 位数字"))
  }

  func test_refundOfVoidedSale_isRefused() throws {
    var sim = try withSale()
    startVoid(&sim)
    sim.send("1")
    _ = sim.press(.confirm)
    _ = sim.press(.confirm)
    _ = sim.press(.confirm)
    startRefund(&sim)
    XCTAssertTrue(sim.screenText.contains("原交易已撤销，不能退货"), sim.screenText)
  }

  func test_voidOfPartlyRefundedSale_isRefused() throws {
    var sim = try withSale()
    startRefund(&sim)
    sim.send("1")
    _ = sim.press(.confirm)
    _ = sim.press(.confirm)
    _ = sim.press(.confirm)
    startVoid(&sim)
    sim.send("1")
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("原交易已部分退货"), sim.screenText)
  }

  func test_settlementWithNetworkDown_failsAndKeepsTheBatch() throws {
    var sim = try withSale()
    sim.faults = [.networkDown]
    _ = sim.perform(.settle)
    XCTAssertTrue(sim.screenText.contains("消费 1 笔  ¥100.00"), sim.screenText)
    _ = sim.press(.confirm)
    XCTAssertEqual(sim.declinedFailure, .networkDown)
    XCTAssertEqual(sim.ledger.live.batchNumber, 1)
  }

  func test_trainingVoid_cannotReachLiveSales() throws {
    var sim = try withSale()
    sim.training = true
    startVoid(&sim)
    sim.send("1")
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("原交易不存在"))
  }
}
