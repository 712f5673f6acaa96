import XCTest

@testable import Model

/// 用户支付中 / 请输入密码: a large scan waits for the customer's wallet password; the unit
/// asks the host every few seconds and cancels at 30 s. Ticks are simulated seconds.
final class TerminalWalletWaitTests: XCTestCase {
  /// A scan of ¥1500.00 (above the profile's ¥1000 password limit), now waiting.
  private func waiting() throws -> TerminalSimulator {
    var sim = try TerminalFixture.signedIn()
    let events = sim.scanSale("1500")
    XCTAssertTrue(events.completed.isEmpty, "a wait approves nothing yet")
    return sim
  }

  func test_scanAboveTheLimit_waitsAndShowsTheSimulatedSeconds() throws {
    var sim = try waiting()
    guard case .walletWait = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertTrue(sim.screenText.contains("用户支付中"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("请输入密码"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("已等待 0 秒"), sim.screenText)
    XCTAssertTrue(sim.waitsOnTime)
    sim.wait(seconds: 12)
    XCTAssertTrue(sim.screenText.contains("已等待 12 秒"), sim.screenText)
  }

  func test_scanUpToTheLimit_isApprovedAtOnce() throws {
    var sim = try TerminalFixture.signedIn()
    XCTAssertEqual(sim.scanSale("1000").completed.count, 1)
  }

  func test_customerEntersPassword_approvedAtTheNextPoll() throws {
    var sim = try waiting()
    sim.wait(seconds: 3)
    _ = sim.press(.customerEntersPassword)
    XCTAssertTrue(sim.wait(seconds: 1).completed.isEmpty, "the unit only learns it when it asks")
    let events = sim.wait(seconds: 1)
    let record = try XCTUnwrap(events.completed.first)
    XCTAssertEqual(record.amountFen, 150_000)
    XCTAssertEqual(record.walletID, "wechat")
    XCTAssertEqual(events.slips.count, 1)
    XCTAssertTrue(sim.screenText.contains("交易成功"), sim.screenText)
    XCTAssertFalse(sim.waitsOnTime)
  }

  func test_noPassword_cancelsTheOrderAt30Seconds() throws {
    var sim = try waiting()
    XCTAssertTrue(sim.wait(seconds: 29).isEmpty)
    guard case .walletWait = sim.state else { return XCTFail("cancelled before 30 s") }
    let events = sim.wait(seconds: 1)
    XCTAssertEqual(sim.declinedFailure, .walletPasswordTimeout(seconds: 30))
    XCTAssertTrue(events.contains(.declined(.walletPasswordTimeout(seconds: 30))))
    XCTAssertTrue(sim.screenText.contains("30 秒未输入密码，已撤单"), sim.screenText)
    XCTAssertTrue(sim.ledger.records.isEmpty)
  }

  func test_waitLengthsComeFromTheProfile() throws {
    var profile = try TerminalFixture.profile()
    profile.walletWait = WalletWaitRule(
      passwordAboveFen: 100, pollSeconds: 2, cancelAfterSeconds: 6)
    var sim = try TerminalFixture.signedIn(profile: profile)
    _ = sim.scanSale("2")
    sim.wait(seconds: 5)
    guard case .walletWait = sim.state else { return XCTFail("\(sim.state)") }
    sim.wait(seconds: 1)
    XCTAssertEqual(sim.declinedFailure, .walletPasswordTimeout(seconds: 6))
  }

  func test_cashierCancel_cancelsTheOrder_andTicksElsewhereChangeNothing() throws {
    var sim = try waiting()
    _ = sim.press(.cancel)
    XCTAssertEqual(sim.declinedFailure, .walletPaymentCancelled)
    let before = sim.state
    sim.wait(seconds: 40)
    _ = sim.press(.customerEntersPassword)
    XCTAssertEqual(sim.state, before)
  }
}
