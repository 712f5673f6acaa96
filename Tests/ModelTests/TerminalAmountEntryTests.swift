import XCTest

@testable import Model

/// Amounts as the real unit takes them: in fen, digits shifting in from the right; the
/// decimal-key profile takes yuan with a point.
final class TerminalAmountEntryTests: XCTestCase {
  func test_fenShift_1250Shows12_50AndIsTwelveYuanFifty() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.perform(.scanSale)
    XCTAssertEqual(sim.screen.field?.display, "0.00")
    sim.send("1")
    XCTAssertEqual(sim.screen.field?.display, "0.01")
    sim.send("250")
    XCTAssertEqual(sim.screen.field?.display, "12.50")
    _ = sim.press(.confirm)
    guard case .awaitingCode(let amount, _) = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertEqual(amount.fen, 1_250)
  }

  func test_fenShift_hasNoPointKey_clearDropsTheLastDigit_leadingZerosAddNothing() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.perform(.cardSale)
    sim.send("0012.5")
    XCTAssertEqual(sim.screen.field?.display, "1.25")
    _ = sim.press(.clear)
    XCTAssertEqual(sim.screen.field?.display, "0.12")
    XCTAssertTrue(sim.screenText.contains("1250 即 12.50"), sim.screenText)
  }

  func test_fenShift_zeroAndOverTheProfileMaximum_areRefused() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.perform(.scanSale)
    sim.send("0")
    _ = sim.press(.confirm)
    guard case .amountEntry = sim.state else { return XCTFail("0.00 was taken: \(sim.state)") }
    var profile = try TerminalFixture.profile()
    profile.limits.maxAmountFen = 5_000
    var limited = try TerminalFixture.signedIn(profile: profile)
    _ = limited.perform(.scanSale)
    limited.send("5001")
    _ = limited.press(.confirm)
    guard case .amountEntry = limited.state else { return XCTFail("\(limited.state)") }
    XCTAssertTrue(limited.screenText.contains("金额超过上限"), limited.screenText)
  }

  func test_decimalKeyProfile_takes12_50AsTyped() throws {
    var sim = try TerminalFixture.signedIn(profile: try TerminalFixture.profile("lakala-decimal"))
    _ = sim.perform(.scanSale)
    sim.send("12.50")
    XCTAssertEqual(sim.screen.field?.display, "12.50")
    _ = sim.press(.confirm)
    guard case .awaitingCode(let amount, _) = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertEqual(amount.fen, 1_250)
  }
}
