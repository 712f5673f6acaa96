import Foundation
import XCTest

@testable import Model

final class TerminalClassifyReportTests: XCTestCase {
  private func report(_ code: String, _ format: ClassifyFormat = .text, _ language: Language = .en)
    throws -> ClassifyReport
  {
    ClassifyReport.make(
      try TerminalFixture.codes().classify(code), format: format, language: language)
  }

  func test_supportedCode_printsWalletRuleAndExits0() throws {
    let r = try report(TerminalFixture.wechatCode)
    XCTAssertEqual(r.exitCode, 0)
    XCTAssertEqual(
      r.output,
      """
      Wallet: WeChat Pay (wechat)
      Rule matched: 18 digits starting 10–15
      Confidence: official
      Supported here: yes
      Verdict: supported
      Reason: matches a rule this terminal supports
      """)
  }

  func test_unsupportedAndUnknown_exit1() throws {
    XCTAssertEqual(try report("https://example.com").exitCode, 1)
    XCTAssertEqual(try report("12345").exitCode, 1)
    XCTAssertTrue(try report("12345", .text, .zh).output.contains("结论：未知"))
  }

  func test_malformedInput_exits2WithTheReason() throws {
    let r = try report("")
    XCTAssertEqual(r.exitCode, 2)
    XCTAssertTrue(r.output.contains("Reason: empty"))
    XCTAssertEqual(try report("12\u{7}3").exitCode, 2)
  }

  func test_json_isParseableWithStableKeys() throws {
    let r = try report("6212345678901234567", .json)
    XCTAssertEqual(r.exitCode, 0)
    let object = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
    XCTAssertEqual(object["wallet"] as? String, "unionpay")
    XCTAssertEqual(object["supported"] as? Bool, true)
    XCTAssertEqual(object["verdict"] as? String, "supported")
    XCTAssertEqual(object["confidence"] as? String, "de-facto")
    XCTAssertEqual(object["rule"] as? String, "19 digits starting 62")
    XCTAssertEqual(object["exitCode"] as? Int, 0)
    let malformed = try report("\u{1B}", .json)
    let parsed = try JSONSerialization.jsonObject(with: Data(malformed.output.utf8))
    XCTAssertEqual((parsed as? [String: Any])?["verdict"] as? String, "malformed")
  }
}
