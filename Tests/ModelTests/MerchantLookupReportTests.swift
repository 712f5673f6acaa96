import Foundation
import Model
import XCTest

final class MerchantLookupReportTests: XCTestCase {
  private func report(_ number: String, slip: String? = nil, terminal: String? = nil) throws
    -> MerchantLookupReport
  {
    try MerchantLookupReport.run(
      MerchantLookupRequest(number: number, slip: slip, terminal: terminal),
      tables: MerchantFixtures.tables(), directory: MerchantFixtures.seededDirectory())
  }

  private func object(_ report: MerchantLookupReport) throws -> [String: Any] {
    let data = try XCTUnwrap(report.json(.zh).data(using: .utf8))
    return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func test_sampleMerchant_exits0AndShowsNameAndCategory() throws {
    let found = try report("822 5810 5411 0001")
    XCTAssertEqual(found.exitStatus, .found)
    XCTAssertEqual(found.exitStatus.rawValue, 0)
    let text = found.text(.zh)
    XCTAssertTrue(text.contains("拉卡拉示例便利店"), text)
    XCTAssertTrue(text.contains("5411  超市"), text)
    XCTAssertTrue(text.contains("广州"), text)
    XCTAssertTrue(text.contains("10420001"), text)
    XCTAssertTrue(found.text(.en).contains("Groceries and supermarkets"))
  }

  func test_unknownMerchant_exits1AndSaysNotInDirectory() throws {
    let missing = try report("822581054119999")
    XCTAssertEqual(missing.exitStatus.rawValue, 1)
    XCTAssertTrue(missing.text(.en).contains("Not in the local merchant directory"))
  }

  func test_malformedNumberSlipOrTerminal_exits2WithThePosition() throws {
    let badNumber = try report("82258105411000A")
    XCTAssertEqual(badNumber.exitStatus.rawValue, 2)
    XCTAssertTrue(badNumber.text(.en).contains("Character 15"), badNumber.text(.en))
    XCTAssertEqual(try report("822581054110001", slip: "8225810541100").exitStatus, .malformed)
    XCTAssertEqual(try report("822581054110001", terminal: "1042").exitStatus, .malformed)
  }

  func test_slipWithOtherMcc_exits1AndIsFlaggedAsCodeJumping() throws {
    let flagged = try report("822581054110001", slip: "822581070110001", terminal: "10420001")
    XCTAssertEqual(flagged.exitStatus.rawValue, 1)
    let text = flagged.text(.zh)
    XCTAssertTrue(text.contains("跳码"), text)
    XCTAssertTrue(text.contains("登记 5411，签购单 7011"), text)
    XCTAssertTrue(text.contains("95016"), text)
  }

  func test_matchingSlip_exits0() throws {
    XCTAssertEqual(
      try report("822581054110001", slip: "822581054110001", terminal: "10420001").exitStatus,
      .found)
  }

  func test_riskHoldMerchant_textSaysScanningBlockedAndCall95016() throws {
    let text = try report("822581055410004").text(.zh)
    XCTAssertTrue(text.contains("风控中"), text)
    XCTAssertTrue(text.contains("扫码收款被拦截"), text)
    XCTAssertTrue(text.contains("95016"), text)
  }

  func test_json_hasNestedKeysAndNullDirectoryWhenNotFound() throws {
    let json = try object(report("822581054119999"))
    let acquirer = try XCTUnwrap(json["acquirer"] as? [String: Any])
    XCTAssertEqual(acquirer["code"] as? String, "822")
    XCTAssertEqual(acquirer["name"] as? String, "拉卡拉支付")
    let region = try XCTUnwrap(json["region"] as? [String: Any])
    XCTAssertEqual(region["code"] as? String, "5810")
    XCTAssertEqual(region["name"] as? String, "广州")
    let mcc = try XCTUnwrap(json["mcc"] as? [String: Any])
    XCTAssertEqual(mcc["code"] as? String, "5411")
    XCTAssertEqual(mcc["name_zh"] as? String, "超市")
    XCTAssertEqual(mcc["name_en"] as? String, "Groceries and supermarkets")
    XCTAssertEqual(json["sequence"] as? String, "9999")
    XCTAssertTrue(json.keys.contains("directory"))
    XCTAssertTrue(json["directory"] is NSNull)
    XCTAssertNil(json["slip_check"])
  }

  func test_json_foundMerchantAndSlipCheck() throws {
    let json = try object(report("822581054110001", slip: "822584054110001"))
    let directory = try XCTUnwrap(json["directory"] as? [String: Any])
    XCTAssertEqual(directory["name"] as? String, "拉卡拉示例便利店")
    XCTAssertEqual(directory["terminals"] as? [String], ["10420001"])
    XCTAssertEqual(directory["status"] as? String, "normal")
    let slip = try XCTUnwrap(json["slip_check"] as? [String: Any])
    XCTAssertEqual(slip["match"] as? Bool, false)
    let mismatches = try XCTUnwrap(slip["mismatches"] as? [[String: String]])
    XCTAssertEqual(mismatches.map { $0["field"] }, ["region"])
    XCTAssertEqual(json["exit_code"] as? Int, 1)
  }

  func test_json_malformedInputCarriesTheMessage() throws {
    let json = try object(report("８２２５８１０５４１１０００"))
    XCTAssertEqual(json["exit_code"] as? Int, 2)
    let error = try XCTUnwrap(json["error"] as? [String: String])
    XCTAssertEqual(error["input"], "number")
    XCTAssertTrue(error["message_en"]?.contains("14 digits") ?? false)
  }

  func test_textLabels_areAlignedByDisplayWidth() throws {
    let lines = try report("822581054110001").text(.zh).split(separator: "\n")
    // Every value starts in the same display column, though labels mix 2- and 4-glyph words.
    let starts = lines.prefix(5).map { line -> Int in
      let label = line.prefix { $0 != " " }
      let rest = line.dropFirst(label.count).prefix { $0 == " " }
      return DisplayWidth.of(label) + rest.count
    }
    XCTAssertEqual(Set(starts).count, 1, "\(lines.prefix(5))")
  }
}
