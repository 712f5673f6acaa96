import XCTest

@testable import Model

final class TerminalCardFlowTests: XCTestCase {
  func test_cardSale_withSignature_completesAndPrintsSignedSlip() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.press(.digit(1))
    sim.send("8880")
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("请刷卡、插卡或挥卡"))
    _ = sim.press(.digit(2))
    sim.send("123456")
    XCTAssertEqual(sim.screen.field?.display, "******")
    XCTAssertEqual(sim.screen.field?.masked, true)
    let approved = sim.press(.confirm)
    let record = try XCTUnwrap(approved.completed.first)
    XCTAssertEqual(record.method, .insert)
    XCTAssertEqual(record.amountFen, 8_880)
    let card = try XCTUnwrap(record.maskedCard)
    XCTAssertTrue(card.hasPrefix("622202******"), card)
    XCTAssertEqual(card.count, 16)
    XCTAssertTrue(sim.screenText.contains("请持卡人签名"), sim.screenText)
    XCTAssertNotNil(sim.screen.signature)

    XCTAssertTrue(sim.press(.confirm).isEmpty, "an empty pad is not a signature")
    XCTAssertTrue(sim.screenText.contains("请先签名"))
    _ = sim.press(.arrow(.right))
    _ = sim.press(.arrow(.right))
    _ = sim.press(.arrow(.up))
    let pad = try XCTUnwrap(sim.screen.signature)
    XCTAssertTrue(pad.isInked(x: 0, y: 3))
    XCTAssertTrue(pad.isInked(x: 2, y: 2))
    XCTAssertFalse(pad.isInked(x: 5, y: 5))
    let signed = sim.press(.confirm)
    let slip = try XCTUnwrap(signed.slips.first)
    XCTAssertTrue(slip.lines.contains("持卡人签名：已电子签名"), "\(slip.lines)")
    XCTAssertTrue(slip.lines.contains("金额：RMB 88.80"))
    XCTAssertTrue(slip.lines.contains("商户编号：822581054110001"))
    XCTAssertTrue(slip.lines.contains("终端编号：10420001"))
    XCTAssertTrue(slip.lines.contains("日期时间：2024-05-01 14:03:22"), "\(slip.lines)")
    XCTAssertNotNil(sim.approvedRecord)
  }

  func test_signaturePad_clearErasesAndCancelCannotSkipIt() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.press(.digit(1))
    sim.send("1")
    _ = sim.press(.confirm)
    _ = sim.press(.presentCard(.insert))
    sim.send("123456")
    _ = sim.press(.confirm)
    _ = sim.press(.arrow(.down))
    XCTAssertEqual(sim.screen.signature?.isEmpty, false)
    _ = sim.press(.clear)
    XCTAssertEqual(sim.screen.signature?.isEmpty, true)
    _ = sim.press(.cancel)
    guard case .signature = sim.state else { return XCTFail("\(sim.state)") }
  }

  func test_pinMustHaveSixDigits() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.press(.digit(1))
    sim.send("1")
    _ = sim.press(.confirm)
    _ = sim.press(.presentCard(.insert))
    sim.send("1234")
    XCTAssertTrue(sim.press(.confirm).isEmpty)
    XCTAssertTrue(sim.screenText.contains("密码应为 6 位数字"))
  }

  func test_cardPermissionOff_answers58() throws {
    var sim = try TerminalFixture.signedIn(faults: [.cardPermissionOff])
    let events = sim.cardSale("10")
    XCTAssertEqual(sim.declinedFailure, .notPermitted(.card))
    XCTAssertEqual(events.surfaced, [.cardPermissionOff])
    XCTAssertTrue(sim.screenText.contains("应答码：58"))
  }

  func test_wrongPIN_answers55() throws {
    var sim = try TerminalFixture.signedIn(faults: [.wrongPIN])
    _ = sim.cardSale("10")
    XCTAssertEqual(sim.declinedFailure, .wrongPIN)
    XCTAssertTrue(sim.screenText.contains("应答码：55"))
  }

  func test_insufficientFunds_answers51() throws {
    var sim = try TerminalFixture.signedIn(faults: [.insufficientFunds], language: .en)
    let events = sim.cardSale("10")
    XCTAssertEqual(sim.declinedFailure, .insufficientFunds)
    XCTAssertEqual(events.suggestions, [.otherPayment])
    XCTAssertTrue(sim.screenText.contains("Response code: 51"))
  }

  func test_networkFaults_alsoStopCardSales() throws {
    var sim = try TerminalFixture.signedIn(faults: [.networkDown])
    _ = sim.cardSale("10")
    XCTAssertEqual(sim.declinedFailure, .networkDown)
  }

  func test_scanFaults_doNotAffectCardSales() throws {
    var sim = try TerminalFixture.signedIn(faults: [
      .permissionOff, .cameraBroken, .codeExpired, .firmwareOld,
    ])
    XCTAssertEqual(sim.cardSale("10").slips.count, 1)
  }

  func test_wrongKey_interruptsCardAmountEntryToo() throws {
    var sim = try TerminalFixture.signedIn(faults: [.wrongKey])
    _ = sim.press(.digit(1))
    XCTAssertEqual(sim.send("55"), [.faultSurfaced(.wrongKey)])
  }
}
