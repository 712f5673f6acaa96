import XCTest

@testable import Model

/// Defect 1: the unit journals an approved transaction before anything says success.
final class TerminalRecordingTests: XCTestCase {
  private let numbers = TransactionNumbers(
    batch: "000003", voucher: "000120", reference: "000000004567")

  func test_approvedScan_waitsInRecording_withoutSuccessOrSlip() throws {
    var sim = try TerminalFixture.signedIn()
    sim.startScan("12.30")
    let events = sim.handle(.text(TerminalFixture.wechatCode + "\n"))
    guard case .recording = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertTrue(sim.screenText.contains("正在记账"), sim.screenText)
    XCTAssertFalse(sim.screenText.contains("交易成功"), sim.screenText)
    XCTAssertTrue(events.completed.isEmpty)
    XCTAssertTrue(events.slips.isEmpty)
    XCTAssertEqual(events.pendingRecord?.amountFen, 1_230)
    XCTAssertTrue(sim.ledger.records.isEmpty, "nothing is in the batch before it is stored")
  }

  func test_keysWhileRecording_changeNothing() throws {
    var sim = try TerminalFixture.signedIn()
    sim.startScan("1")
    _ = sim.handle(.text(TerminalFixture.wechatCode + "\n"))
    let before = sim.state
    for input in [TerminalInput.cancel, .confirm, .digit(1), .function, .clear] {
      XCTAssertTrue(sim.handle(input).isEmpty)
    }
    XCTAssertEqual(sim.state, before)
  }

  func test_recorded_showsSuccessAndSlipWithTheStoresNumbers() throws {
    var sim = try TerminalFixture.signedIn()
    sim.startScan("12.30")
    _ = sim.handle(.text(TerminalFixture.wechatCode + "\n"))
    let events = sim.answerRecording(.recorded(numbers))
    XCTAssertTrue(sim.screenText.contains("交易成功"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("000120"), sim.screenText)
    XCTAssertEqual(events.completed.first?.reference, "000000004567")
    XCTAssertEqual(events.slips.count, 1)
    XCTAssertTrue(events.slips[0].lines.joined().contains("000120"))
    XCTAssertEqual(sim.ledger.records.map(\.voucher), ["000120"])
    XCTAssertEqual(sim.ledger.live.nextVoucher, 121, "the unit follows the store's sequence")
    XCTAssertEqual(sim.ledger.live.batchNumber, 3)
  }

  func test_recordFailed_showsNotCompleted_forEveryKind_andReturnsToTheMenu() throws {
    for kind in RecordFailureKind.allCases {
      var sim = try TerminalFixture.signedIn(language: .en)
      sim.startScan("5")
      _ = sim.handle(.text(TerminalFixture.wechatCode + "\n"))
      let events = sim.answerRecording(.failed(RecordFailure(kind, detail: "sqlite says no")))
      let text = sim.screenText
      XCTAssertTrue(text.contains("NOT COMPLETED"), "\(kind): \(text)")
      XCTAssertTrue(text.contains("Why: "), "\(kind): \(text)")
      XCTAssertTrue(text.contains("nothing was charged"), "\(kind): \(text)")
      XCTAssertFalse(text.contains("Approved"), "\(kind): \(text)")
      XCTAssertTrue(events.completed.isEmpty && events.slips.isEmpty)
      XCTAssertTrue(sim.ledger.records.isEmpty)
      XCTAssertTrue(sim.answerRecording(.recorded(numbers)).isEmpty, "a late answer is ignored")
      _ = sim.handle(.confirm)
      XCTAssertEqual(sim.state, .menu("main"))
    }
  }

  func test_cardSale_asksForTheSignatureOnlyOnceStored() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.handle(.digit(1))
    sim.send("8")
    _ = sim.handle(.confirm)
    _ = sim.handle(.presentCard(.insert))
    sim.send("123456")
    _ = sim.handle(.confirm)
    guard case .recording = sim.state else { return XCTFail("\(sim.state)") }
    _ = sim.answerRecording(.recorded(numbers))
    guard case .signature(let record, _) = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertEqual(record.voucher, "000120")
  }

  func test_trainingSale_asksForATrainingRecord() throws {
    var sim = try TerminalFixture.signedIn(training: true)
    sim.startScan("1")
    let pending = sim.handle(.text(TerminalFixture.wechatCode + "\n")).pendingRecord
    XCTAssertEqual(pending?.training, true)
  }
}
