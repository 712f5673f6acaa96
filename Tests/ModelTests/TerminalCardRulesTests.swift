import XCTest

@testable import Model

/// Card rules of the real unit: chip cards are inserted, small contactless needs no PIN
/// or signature, 确认 without a PIN, and the card again for voids and refunds.
final class TerminalCardRulesTests: XCTestCase {
  private func atCard(_ yuan: String, profile: TerminalProfile? = nil) throws -> TerminalSimulator {
    var sim = try TerminalFixture.signedIn(profile: profile)
    _ = sim.perform(.cardSale)
    sim.typeAmount(yuan)
    _ = sim.press(.confirm)
    return sim
  }

  func test_swipedChipCard_isRefusedWithPleaseInsert() throws {
    var sim = try atCard("20")
    XCTAssertTrue(sim.press(.presentCard(.swipe)).isEmpty)
    guard case .awaitingCard = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertTrue(sim.screenText.contains("请插卡"), sim.screenText)
    _ = sim.press(.presentCard(.insert))
    guard case .pinEntry = sim.state else { return XCTFail("\(sim.state)") }
  }

  func test_magstripeCardInAProfileWithoutChip_canBeSwiped() throws {
    var profile = try TerminalFixture.profile()
    profile.card.hasChip = false
    var sim = try atCard("20", profile: profile)
    _ = sim.press(.presentCard(.swipe))
    guard case .pinEntry = sim.state else { return XCTFail("\(sim.state)") }
  }

  func test_contactless50_skipsPINAndSignature() throws {
    var sim = try atCard("50")
    let events = sim.press(.presentCard(.tap))
    let record = try XCTUnwrap(events.completed.first)
    XCTAssertEqual(record.method, .tap)
    XCTAssertEqual(record.amountFen, 5_000)
    let slip = try XCTUnwrap(events.slips.first)
    XCTAssertFalse(slip.lines.contains { $0.contains("持卡人签名") }, "\(slip.lines)")
    XCTAssertTrue(slip.lines.contains { $0.contains("免密免签") }, "\(slip.lines)")
    XCTAssertTrue(sim.screenText.contains("交易成功"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("小额免密免签"), sim.screenText)
  }

  func test_contactlessOverTheLimit_needsPINAndSignature() throws {
    var sim = try atCard("1000.01")
    _ = sim.press(.presentCard(.tap))
    guard case .pinEntry = sim.state else { return XCTFail("\(sim.state)") }
    sim.send("123456")
    _ = sim.press(.confirm)
    guard case .signature = sim.state else { return XCTFail("\(sim.state)") }
  }

  /// Issue 20 item 20: `<=` made `<` survived, as no test tapped at exactly the limit. The
  /// limit comes from the profile (¥1000.00): at it and one fen under, no PIN and no
  /// signature; one fen over, both.
  func test_contactlessLimit_atItAndOneFenUnder_noPIN_oneFenOver_PIN() throws {
    let limit = try TerminalFixture.profile().limits.contactlessNoPINFen
    XCTAssertEqual(limit, 100_000)
    for (yuan, free) in [("1000.00", true), ("999.99", true), ("1000.01", false)] {
      var sim = try atCard(yuan)
      let events = sim.press(.presentCard(.tap))
      if free {
        let record = try XCTUnwrap(events.completed.first, "\(yuan): \(sim.state)")
        XCTAssertEqual(Amount.yuanText(fen: record.amountFen), yuan)
        XCTAssertTrue(sim.screenText.contains("小额免密免签"), "\(yuan): \(sim.screenText)")
      } else {
        XCTAssertTrue(events.completed.isEmpty, yuan)
        guard case .pinEntry = sim.state else { return XCTFail("\(yuan): \(sim.state)") }
      }
    }
  }

  func test_confirmWithoutPIN_goesOnForACardWithoutOne() throws {
    var profile = try TerminalFixture.profile()
    profile.card.hasPIN = false
    var sim = try atCard("20", profile: profile)
    _ = sim.press(.presentCard(.insert))
    XCTAssertTrue(sim.screenText.contains("无密码请按确认"), sim.screenText)
    let events = sim.press(.confirm)
    XCTAssertEqual(events.completed.count, 1)
    guard case .signature = sim.state else { return XCTFail("\(sim.state)") }
  }

  func test_confirmWithoutPIN_onACardWithAPIN_isDeclined55() throws {
    var sim = try atCard("20")
    _ = sim.press(.presentCard(.insert))
    _ = sim.press(.confirm)
    XCTAssertEqual(sim.declinedFailure, .wrongPIN)
    XCTAssertTrue(sim.screenText.contains("应答码：55 密码错，请重试"), sim.screenText)
  }

  func test_voidOfACardSale_takesTheCardAgain_andItsSlipHasNoSignatureLine() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.cardSale("88")
    _ = sim.press(.confirm)
    _ = sim.perform(.void)
    sim.send("123456")
    _ = sim.press(.confirm)
    sim.send("1")
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.press(.confirm).isEmpty, "confirming the void asks for the card first")
    guard case .awaitingCard(_, .void(let original)) = sim.state else {
      return XCTFail("\(sim.state)")
    }
    XCTAssertEqual(original.voucher, "000001")
    XCTAssertTrue(sim.screenText.contains("请刷卡、插卡或挥卡"), sim.screenText)
    let events = sim.press(.presentCard(.insert))
    let void = try XCTUnwrap(events.completed.first)
    XCTAssertEqual(void.kind, .void)
    let slip = try XCTUnwrap(events.slips.first)
    XCTAssertFalse(slip.lines.contains { $0.contains("持卡人签名") }, "\(slip.lines)")
    XCTAssertTrue(slip.lines.contains { $0.contains("原凭证号：000001") }, "\(slip.lines)")
  }

  func test_refund_takesCardThenReferenceThenDateThenAmount() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.cardSale("100")
    _ = sim.press(.confirm)
    _ = sim.perform(.refund)
    sim.send("123456")
    _ = sim.press(.confirm)
    guard case .awaitingCard(_, .refund) = sim.state else { return XCTFail("\(sim.state)") }
    _ = sim.press(.presentCard(.swipe))
    XCTAssertTrue(sim.screenText.contains("请插卡"), "a chip card is inserted for a refund too")
    _ = sim.press(.presentCard(.insert))
    XCTAssertEqual(sim.state, .referenceEntry(""))
    sim.send("000000000001")
    _ = sim.press(.confirm)
    guard case .originalDateEntry = sim.state else { return XCTFail("\(sim.state)") }
    sim.send("0501")
    _ = sim.press(.confirm)
    guard case .amountEntry = sim.state else { return XCTFail("\(sim.state)") }
    sim.typeAmount("40")
    _ = sim.press(.confirm)
    let events = sim.press(.confirm)
    let refund = try XCTUnwrap(events.completed.first)
    XCTAssertEqual(refund.kind, .refund)
    XCTAssertEqual(refund.amountFen, 4_000)
    XCTAssertEqual(refund.originalReference, "000000000001")
    XCTAssertTrue(refund.maskedCard?.hasPrefix("622202") == true)
    let slip = try XCTUnwrap(events.slips.first)
    XCTAssertFalse(slip.lines.contains { $0.contains("持卡人签名") }, "\(slip.lines)")
  }
}
