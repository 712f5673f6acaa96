import Foundation
import XCTest

@testable import Model

/// Issue 20 item 9: a used payment code was approved again, also after the wallet wait
/// cancelled the order. The host now answers a used code with an error, on every console.
final class TerminalUsedCodeTests: XCTestCase {
  private let code = TerminalFixture.wechatCode

  func test_aTypedCode_isTakenOnce_thenAnsweredAsUsed() throws {
    var sim = try TerminalFixture.signedIn()
    XCTAssertEqual(sim.scanSale("3", code: code).completed.count, 1)
    _ = sim.press(.confirm)
    let again = sim.scanSale("3", code: "  " + code)
    XCTAssertTrue(again.completed.isEmpty)
    XCTAssertEqual(sim.declinedFailure, .codeExpired)
    XCTAssertTrue(sim.screenText.contains("付款码已失效或已使用"), sim.screenText)
    XCTAssertEqual(sim.ledger.records.count, 1)
    _ = sim.press(.confirm)
    XCTAssertEqual(
      sim.scanSale("3", code: TerminalFixture.freshCode(after: sim.ledger))
        .completed.count, 1, "a fresh code goes through")
  }

  func test_aCodeWhoseOrderWasCancelled_isUsed() throws {
    var sim = try TerminalFixture.signedIn()
    let opened = sim.scanSale("1500", code: code)
    XCTAssertTrue(opened.contains(.paymentCodeUsed(code)), "\(opened)")
    sim.wait(seconds: 30)
    XCTAssertEqual(sim.declinedFailure, .walletPasswordTimeout(seconds: 30))
    _ = sim.press(.confirm)
    _ = sim.scanSale("5", code: code)
    XCTAssertEqual(sim.declinedFailure, .codeExpired)
    XCTAssertTrue(sim.ledger.records.isEmpty)
  }

  func test_aSampleCode_standsForAFreshCodeEachTime() throws {
    var sim = try TerminalFixture.signedIn()
    for _ in 0..<2 {
      sim.startScan("3")
      XCTAssertEqual(sim.press(.pickSample(0)).completed.count, 1, sim.screenText)
      _ = sim.press(.confirm)
    }
    XCTAssertTrue(sim.ledger.usedCodes.isEmpty)
  }

  /// Two consoles on one database: the second loaded its ledger before the first's sale,
  /// and the journal still refuses the code in the writing transaction; a restart knows it.
  func test_twoConsoles_oneCode_onlyOneSale() throws {
    let database = try AppDatabase()
    let store = TransactionStore(database: database)
    var first = try TerminalFixture.signedIn(ledger: try store.loadLedger())
    var second = try TerminalFixture.signedIn(ledger: try store.loadLedger())
    first.startScan("3")
    let one = try XCTUnwrap(first.handle(.text(code + "\n")).pendingRecord)
    XCTAssertNotNil(try store.recordUnlessRefused(one))
    second.startScan("4")
    let two = try XCTUnwrap(second.handle(.text(code + "\n")).pendingRecord)
    XCTAssertNil(try store.recordUnlessRefused(two))
    _ = second.answerRecording(.refused(.codeExpired))
    XCTAssertEqual(second.declinedFailure, .codeExpired)
    XCTAssertEqual(try store.loadLedger().records.count, 1)
    XCTAssertEqual(try store.loadLedger().usedCodes, [code])
    XCTAssertTrue(try store.isUsed(code))
  }

  func test_aCancelledOrdersCode_isStored() throws {
    let store = TransactionStore(database: try AppDatabase())
    try store.persist([.paymentCodeUsed(code)])
    XCTAssertEqual(try store.loadLedger().usedCodes, [code])
  }

  /// The order's code is stored when it opens; the sale that ends it must still be stored.
  func test_aWalletWaitApproved_isStored_andItsCodeIsUsedOnce() throws {
    let store = TransactionStore(database: try AppDatabase())
    var sim = try TerminalFixture.signedIn(ledger: try store.loadLedger())
    sim.startScan("1500")
    let opened = sim.handle(.text(code + "\n"))
    try store.persist(opened)
    _ = sim.handle(.customerEntersPassword)
    var events: [TerminalEvent] = []
    for _ in 0..<5 where events.pendingRecord == nil { events = sim.handle(.tick) }
    let pending = try XCTUnwrap(events.pendingRecord)
    XCTAssertNotNil(try store.recordUnlessRefused(pending), "the approved order is stored")
    XCTAssertEqual(try store.loadLedger().usedCodes, [code])
  }
}
