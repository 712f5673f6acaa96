import XCTest

@testable import Model

/// What training does to the simulated terminal: stamped slips, own sequences, live batch untouched.
final class TrainingTerminalTests: XCTestCase {
  func test_trainingSlip_isStampedAtTopMiddleAndBottom() throws {
    var sim = try TerminalFixture.signedIn(language: .en, training: true)
    let slip = try XCTUnwrap(sim.scanSale("12.50").slips.first)
    let mark = "*** TRAINING - NOT SETTLED ***"
    XCTAssertTrue(slip.training)
    XCTAssertEqual(slip.lines.first, mark)
    XCTAssertEqual(slip.lines.last, mark)
    let inner = slip.lines.dropFirst().dropLast()
    XCTAssertEqual(inner.filter { $0 == mark }.count, 1)
  }

  func test_liveSlip_hasNoTrainingStamp() throws {
    var sim = try TerminalFixture.signedIn(language: .en)
    let slip = try XCTUnwrap(sim.scanSale("1").slips.first)
    XCTAssertFalse(slip.lines.contains { $0.contains("TRAINING") })
  }

  func test_trainingSales_useTheirOwnSequence_andLeaveTheLiveBatchUntouched() throws {
    var live = try TerminalFixture.signedIn()
    _ = live.scanSale("10")
    let liveBefore = live.ledger.summary(training: false)
    var sim = try TerminalFixture.signedIn(ledger: live.ledger, training: true)
    let first = try XCTUnwrap(sim.scanSale("3").completed.first)
    _ = sim.press(.confirm)
    let second = try XCTUnwrap(sim.scanSale("4").completed.first)
    XCTAssertTrue(first.training && second.training)
    XCTAssertEqual(sim.ledger.live, live.ledger.live, "training used no live numbers")
    XCTAssertEqual(sim.ledger.summary(training: false), liveBefore, "live batch unchanged")
    XCTAssertEqual(sim.ledger.summary(training: true).saleCount, 2)
    XCTAssertNotEqual(first.voucher, second.voucher)
  }
}
