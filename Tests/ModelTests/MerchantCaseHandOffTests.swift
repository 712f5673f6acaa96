import Foundation
import Model
import XCTest

final class MerchantCaseHandOffTests: XCTestCase {
  private let utc = TimeZone(identifier: "UTC") ?? .current

  private func handOff(
    merchant: MerchantRecord?, slipCheck: SlipCheckResult? = nil, serial: String? = "SN-77"
  ) throws -> CaseHandOff {
    CaseHandOff(
      merchantNumber: try MerchantFixtures.number("822581054110001"),
      terminal: try TerminalNumber(parsing: "10420001"), terminalSerial: serial,
      firmwareVersion: "V2.3.1", merchant: merchant,
      problem: LocalizedText(zh: "扫码收款失败", en: "Scan payments fail"),
      checks: [
        CaseHandOff.Check(
          step: LocalizedText(zh: "重启终端", en: "Restart"),
          answer: LocalizedText(zh: "已做，未解决", en: "done, not fixed"))
      ],
      cause: nil, slipCheck: slipCheck,
      plan: EscalationPlan(
        covered: [.restart], hardwareAtFault: false, onlyScanningDown: true,
        merchantStatus: merchant?.status),
      createdAt: Date(timeIntervalSince1970: 1_795_906_800))
  }

  func test_summary_shows95016AndEverythingTheAgentAsksFor() throws {
    let store = try MerchantFixtures.seededDirectory().merchant(
      MerchantFixtures.number("822581054110001"))
    let text = try handOff(merchant: store).text(.zh, timeZone: utc)
    for expected in [
      "95016", "822 5810 5411 0001", "拉卡拉示例便利店", "10420001", "SN-77", "V2.3.1",
      "扫码收款失败", "重启终端：已做，未解决", "[✓] 重启终端", "[ ] 拨打客服 95016",
    ] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
    }
  }

  func test_unknownSerial_saysWhereToFindIt() throws {
    let text = try handOff(merchant: nil, serial: nil).text(.en, timeZone: utc)
    XCTAssertTrue(text.contains("Serial number: (unknown: see Management on the terminal)"), text)
    XCTAssertTrue(text.contains("not in the local merchant directory"), text)
  }

  func test_summaryLines_fitTheWidthInDisplayColumns() throws {
    let store = try MerchantFixtures.seededDirectory().merchant(
      MerchantFixtures.number("822581055410004"))
    for language in Language.allCases {
      let lines = try handOff(merchant: store).text(language, width: 40, timeZone: utc)
        .split(separator: "\n")
      XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 40 }, "\(lines)")
    }
  }

  func test_slipMismatch_isCarriedIntoTheSummary() throws {
    let slip = try MerchantFixtures.seededDirectory().checkSlip(
      MerchantFixtures.number("822581070110001"), terminal: nil,
      registeredNumber: MerchantFixtures.number("822581054110001"),
      tables: MerchantFixtures.tables())
    let text = try handOff(merchant: nil, slipCheck: slip).text(.zh, timeZone: utc)
    XCTAssertTrue(text.contains("跳码核对"), text)
    XCTAssertTrue(text.contains("7011"), text)
  }

  func test_plan_offersCardOnlyWhenScanningAloneIsDown_andRepairOnlyForHardware() {
    let scanOnly = EscalationPlan(covered: [], hardwareAtFault: false, onlyScanningDown: true)
    XCTAssertTrue(scanOnly.items.map(\.step).contains(.takePaymentAnotherWay))
    XCTAssertFalse(scanOnly.items.map(\.step).contains(.afterSalesRepair))
    let frozen = EscalationPlan(
      covered: [], hardwareAtFault: true, onlyScanningDown: true, merchantStatus: .frozen)
    XCTAssertFalse(frozen.items.map(\.step).contains(.takePaymentAnotherWay))
    XCTAssertTrue(frozen.items.map(\.step).contains(.afterSalesRepair))
    XCTAssertEqual(frozen.items.first?.step, .restart)
  }

  func test_save_writesTheFileInTheGivenDirectoryAndReturnsItsPath() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("handoff-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let summary = try handOff(merchant: nil)
    let path = try summary.save(inDirectory: directory, language: .en, timeZone: utc)
    XCTAssertTrue(path.hasPrefix(directory))
    XCTAssertTrue(path.hasSuffix(summary.fileName(timeZone: utc)))
    XCTAssertEqual(
      try String(contentsOfFile: path, encoding: .utf8), summary.text(.en, timeZone: utc))
  }

  func test_saveIntoAnUnwritablePlace_isATypedErrorWithThePath() throws {
    XCTAssertThrowsError(
      try handOff(merchant: nil).save(inDirectory: "/proc/no-such-dir", language: .zh)
    ) { error in
      let failure = error as? CaseHandOffError
      XCTAssertTrue(failure?.path.hasPrefix("/proc/no-such-dir") ?? false)
      XCTAssertTrue(failure?.message(.zh).contains("无法保存") ?? false)
    }
  }
}
