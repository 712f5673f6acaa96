import Model
import XCTest

final class MerchantSlipCheckTests: XCTestCase {
  private let store = "822581054110001"

  private func check(slip: String, terminal: String? = nil, registered: String? = nil) throws
    -> SlipCheckResult
  {
    try MerchantFixtures.seededDirectory().checkSlip(
      MerchantFixtures.number(slip), terminal: terminal.map { try TerminalNumber(parsing: $0) },
      registeredNumber: MerchantFixtures.number(registered ?? store),
      tables: MerchantFixtures.tables())
  }

  func test_sameNumberAndOwnTerminal_matches() throws {
    let result = try check(slip: store, terminal: "10420001")
    XCTAssertTrue(result.isMatch)
    XCTAssertTrue(result.summary.zh.contains("没有跳码迹象"))
  }

  func test_slipWithHotelMcc_isFlaggedAsCodeJumpingWithBothCategoryNames() throws {
    let result = try check(slip: "822581070110001")
    XCTAssertEqual(result.mismatches.map(\.field), [.mcc])
    let mismatch = try XCTUnwrap(result.mismatches.first)
    XCTAssertEqual(mismatch.registered, "5411")
    XCTAssertEqual(mismatch.onSlip, "7011")
    XCTAssertTrue(mismatch.explanation.zh.contains("酒店"))
    XCTAssertTrue(mismatch.explanation.zh.contains("超市"))
    XCTAssertTrue(mismatch.explanation.zh.contains("跳码"))
    XCTAssertTrue(mismatch.action.zh.contains("95016"))
    XCTAssertTrue(mismatch.risk.en.contains("frozen"))
  }

  func test_slipFromAnotherRegion_isFlaggedWithCityNames() throws {
    let result = try check(slip: "822584054110001")
    XCTAssertEqual(result.mismatches.map(\.field), [.region])
    let explanation = try XCTUnwrap(result.mismatches.first?.explanation)
    XCTAssertTrue(explanation.zh.contains("深圳"))
    XCTAssertTrue(explanation.zh.contains("广州"))
    XCTAssertTrue(explanation.en.contains("Shenzhen"))
  }

  func test_slipFromAnotherAcquirer_isFlagged() throws {
    let result = try check(slip: "898581054110001")
    XCTAssertEqual(result.mismatches.map(\.field), [.acquirer])
    XCTAssertTrue(result.mismatches[0].explanation.zh.contains("银联商务"))
    XCTAssertFalse(result.isMatch)
  }

  func test_otherSequence_isFlaggedAndNamesTheOwnerOfTheSlipNumber() throws {
    let result = try check(slip: "822581054990007")
    XCTAssertEqual(result.mismatches.map(\.field), [.mcc, .sequence])
    XCTAssertTrue(result.notes.contains { $0.zh.contains("街角食品店") })
  }

  func test_terminalOfAnotherMerchant_isFlaggedWithItsOwner() throws {
    let result = try check(slip: store, terminal: "10420003")
    XCTAssertEqual(result.mismatches.map(\.field), [.terminal])
    let explanation = try XCTUnwrap(result.mismatches.first?.explanation)
    XCTAssertTrue(explanation.zh.contains("南山商务酒店"))
    XCTAssertTrue(explanation.en.contains("10420001"))
  }

  func test_unknownTerminal_isFlaggedAsNotTheMerchants() throws {
    let result = try check(slip: store, terminal: "55550000")
    XCTAssertEqual(result.mismatches.map(\.field), [.terminal])
    XCTAssertTrue(result.mismatches[0].explanation.en.contains("does not know it"))
  }

  func test_merchantNotInDirectory_comparesWithTypedNumberAndSaysSo() throws {
    let result = try check(
      slip: "822581054110099", terminal: "10420001", registered: "822581054110098")
    XCTAssertEqual(result.mismatches.map(\.field), [.sequence])
    XCTAssertEqual(result.notes.count, 2)
  }

  func test_registeredMccOverridesTheNumbersDigits() throws {
    let number = try MerchantFixtures.number("822581054110001")
    let record = MerchantRecord(
      number: number, name: "x", mccCode: "5499", terminals: [], methods: [.card],
      status: .normal)
    let result = SlipCheck.compare(
      slip: number, terminal: nil, registration: SlipRegistration(number: number, record: record),
      slipOwner: record, terminalOwner: nil, tables: try MerchantFixtures.tables())
    XCTAssertEqual(result.mismatches.map(\.field), [.mcc])
  }
}
