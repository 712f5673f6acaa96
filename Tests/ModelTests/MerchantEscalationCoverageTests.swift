import Foundation
import Model
import XCTest

final class MerchantEscalationCoverageTests: XCTestCase {
  /// Screen dark → charged → still dark → restarted → still broken: the device-fault verdict.
  private func deviceFaultRun() throws -> GuideEngine {
    var run = try GuideEngine(
      guide: try GuideFixtures.shippedGuide(), symptom: "no-response",
      clock: SteppingClock().clock)
    for reply: GuideReply in [.option(1), .option(1), .option(1)] {
      try run.answer(reply)
    }
    return run
  }

  func test_noSelfCheck_coversNothingAndOffersCardButNoRepair() {
    let plan = EscalationPlan(coverage: EscalationCoverage(report: nil))
    XCTAssertTrue(plan.items.allSatisfy { !$0.covered })
    XCTAssertEqual(
      plan.items.map(\.step),
      [
        .restart, .rerunFailedChecks, .takePaymentAnotherWay, .callCustomerService,
        .backUpBeforeReset,
      ])
  }

  func test_restartOnThePath_ticksRestartAndRerun_andDeviceFaultAddsRepairWithoutCard() throws {
    let report = GuideReport(engine: try deviceFaultRun(), sessionID: "s1")
    let coverage = EscalationCoverage(report: report)
    XCTAssertEqual(coverage.covered, [.restart, .rerunFailedChecks])
    XCTAssertTrue(coverage.hardwareAtFault)
    XCTAssertFalse(coverage.onlyScanningDown, "a dead device takes no card either")
    let steps = EscalationPlan(coverage: coverage).items.map(\.step)
    XCTAssertTrue(steps.contains(.afterSalesRepair))
    XCTAssertFalse(steps.contains(.takePaymentAnotherWay))
  }

  func test_permissionOffSession_keepsCardFallbackAndTicksNothing() throws {
    var run = try GuideEngine(
      guide: try GuideFixtures.shippedGuide(), symptom: "payment-fails",
      clock: SteppingClock().clock)
    try run.answer(.option(0))
    try run.answer(.option(0))
    let coverage = EscalationCoverage(report: GuideReport(engine: run, sessionID: "s2"))
    XCTAssertEqual(coverage.covered, [])
    XCTAssertFalse(coverage.hardwareAtFault)
    XCTAssertTrue(coverage.onlyScanningDown)
  }

  func test_caseHandOffFromSettings_carriesStoreNumbersSessionChecksAndCause() throws {
    let report = GuideReport(engine: try deviceFaultRun(), sessionID: "s1")
    let handOff = CaseHandOff(
      settings: TerminalSettings(), terminalSerial: nil, report: report, merchant: nil,
      createdAt: Date(timeIntervalSince1970: 1_800_000_000))
    let text = handOff.text(.zh, timeZone: TimeZone(identifier: "UTC") ?? .current)
    for expected in ["822 5810 5411 0001", "10420001", "V2.3.8", "按扫码后没有任何反应", "[✓] 重启终端"] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
    }
    XCTAssertNotNil(handOff.cause)
    XCTAssertEqual(handOff.checks.count, report.checks.count)
  }

  func test_caseHandOffWithoutSelfCheck_saysSo() {
    let handOff = CaseHandOff(
      settings: TerminalSettings(), terminalSerial: nil, report: nil, merchant: nil,
      createdAt: Date(timeIntervalSince1970: 0))
    XCTAssertTrue(handOff.text(.en).contains("no self-check done yet"))
    XCTAssertTrue(handOff.checks.isEmpty)
  }

  func test_slipCheckLines_explainMccMismatchWithRiskAndAction() throws {
    let tables = try MerchantFixtures.tables()
    let check = try MerchantFixtures.seededDirectory().checkSlip(
      MerchantFixtures.number("822581058120001"), terminal: nil,
      registeredNumber: MerchantFixtures.number("822581054110001"), tables: tables)
    let lines = check.lines(.zh).joined(separator: "\n")
    XCTAssertTrue(lines.contains("可能是跳码"), lines)
    XCTAssertTrue(lines.contains("商户类别（MCC）: 登记 5411，签购单 5812"), lines)
    XCTAssertTrue(lines.contains("风险："), lines)
    XCTAssertTrue(lines.contains("处理："), lines)
  }
}
