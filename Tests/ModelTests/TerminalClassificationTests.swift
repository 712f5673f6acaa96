import XCTest

@testable import Model

final class TerminalClassificationTests: XCTestCase {
  var table: PaymentCodeTable!

  override func setUpWithError() throws {
    table = try TerminalFixture.codes()
  }

  private func wallet(_ code: String) -> String? { table.classify(code).rule?.id }

  func test_realDataFile_loadsFourRulesAndSamples() {
    XCTAssertEqual(table.rules.map(\.id), ["wechat", "alipay", "unionpay", "ecny"])
    XCTAssertFalse(table.samples.isEmpty)
    XCTAssertEqual(table.rules.last?.confidence, .uncertain)
  }

  func test_wechat_is18DigitsWithFirstTwo10To15() {
    XCTAssertEqual(wallet("10" + String(repeating: "0", count: 16)), "wechat")
    XCTAssertEqual(wallet("15" + String(repeating: "9", count: 16)), "wechat")
    XCTAssertNil(wallet("16" + String(repeating: "0", count: 16)))
    XCTAssertNil(wallet("09" + String(repeating: "0", count: 16)))
    XCTAssertNil(wallet("13" + String(repeating: "0", count: 15)))  // 17 digits
    XCTAssertNil(wallet("13" + String(repeating: "0", count: 17)))  // 19 digits
  }

  func test_alipay_is16To24DigitsWithFirstTwo25To30() {
    XCTAssertEqual(wallet("25" + String(repeating: "1", count: 14)), "alipay")  // 16
    XCTAssertEqual(wallet("30" + String(repeating: "1", count: 22)), "alipay")  // 24
    XCTAssertNil(wallet("28" + String(repeating: "1", count: 13)))  // 15
    XCTAssertNil(wallet("28" + String(repeating: "1", count: 23)))  // 25
    XCTAssertNil(wallet("24" + String(repeating: "1", count: 16)))
    XCTAssertNil(wallet("31" + String(repeating: "1", count: 16)))
  }

  func test_unionPayAndDigitalRMB_are19DigitsBy62And01() {
    XCTAssertEqual(wallet("62" + String(repeating: "3", count: 17)), "unionpay")
    XCTAssertNil(wallet("62" + String(repeating: "3", count: 16)))
    XCTAssertNil(wallet("62" + String(repeating: "3", count: 18)))
    XCTAssertEqual(wallet("01" + String(repeating: "3", count: 17)), "ecny")
    XCTAssertNil(wallet("02" + String(repeating: "3", count: 17)))
  }

  func test_selfMadeURL_isUnsupportedWithReason() {
    let result = table.classify("https://example.com/pay?id=1")
    XCTAssertEqual(result.verdict, .unsupported)
    XCTAssertEqual(result.reason, .selfMadeURL)
    XCTAssertFalse(result.supported)
    XCTAssertEqual(table.classify("HELLO 12").reason, .selfMadeText)
  }

  func test_unknownDigits_areUnknownNotMalformed() {
    let result = table.classify("123")
    XCTAssertEqual(result.verdict, .unknown)
    XCTAssertEqual(result.reason, .noRuleMatches(length: 3))
  }

  func test_malformedInput_isDistinguished() {
    XCTAssertEqual(table.classify("").reason, .empty)
    XCTAssertEqual(table.classify(" \n").verdict, .malformed)
    XCTAssertEqual(table.classify("13\u{1B}[2J").reason, .controlCharacter(position: 3))
    let flood = String(repeating: "1", count: 10_000)
    XCTAssertEqual(table.classify(flood).reason, .tooLong(length: 10_000))
  }

  func test_surroundingWhitespace_isIgnored() {
    XCTAssertEqual(table.classify("  \(TerminalFixture.wechatCode)\n").verdict, .supported)
  }

  func test_ruleWithSupportedFalse_isUnsupported() throws {
    var edited = table!
    edited.rules[0].supported = false
    let result = edited.classify(TerminalFixture.wechatCode)
    XCTAssertEqual(result.verdict, .unsupported)
    XCTAssertEqual(result.reason, .walletNotSupported)
    XCTAssertEqual(result.rule?.id, "wechat")
  }

  func test_ruleDescription_isReadableInBothLanguages() {
    XCTAssertEqual(table.rules[0].describe(.zh), "18 位数字，开头 10–15")
    XCTAssertEqual(table.rules[1].describe(.en), "16–24 digits starting 25–30")
  }

  func test_brokenTable_reportsSyntaxLine() {
    let text = "[[rule]]\nid = \"x\"\nmin_length = = 3\n"
    XCTAssertThrowsError(try PaymentCodeTable(toml: text, file: "t.toml")) { error in
      guard case .syntax(let file, let line, _) = error as? PaymentCodeTableError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(file, "t.toml")
      XCTAssertEqual(line, 3)
    }
  }

  func test_missingField_namesEntryFieldAndLine() {
    let text = """
      # header
      [[rule]]
      id = "a"
      wallet_zh = "甲"
      wallet_en = "A"
      min_length = 3
      max_length = 3
      prefixes = ["1"]
      supported = true
      confidence = "official"
      newer_format = false
      source = "s"

      [[rule]]
      id = "b"
      wallet_zh = "乙"
      """
    XCTAssertThrowsError(try PaymentCodeTable(toml: text, file: "t.toml")) { error in
      XCTAssertEqual(
        error as? PaymentCodeTableError,
        .invalidField(
          file: "t.toml", line: 14, entry: "rule", field: "wallet_en",
          problem: "missing; add it as text"))
    }
  }

  func test_badPrefixAndConfidence_areRefused() {
    let base = """
      [[rule]]
      id = "a"
      wallet_zh = "甲"
      wallet_en = "A"
      min_length = 3
      max_length = 3
      supported = true
      newer_format = false
      source = "s"
      """
    let badPrefix = base + "\nprefixes = [\"1x\"]\nconfidence = \"official\"\n"
    let badConfidence = base + "\nprefixes = [\"1\"]\nconfidence = \"maybe\"\n"
    for (text, field) in [(badPrefix, "prefixes"), (badConfidence, "confidence")] {
      XCTAssertThrowsError(try PaymentCodeTable(toml: text)) { error in
        guard case .invalidField(_, let line, _, let got, _) = error as? PaymentCodeTableError
        else { return XCTFail("\(error)") }
        XCTAssertEqual(got, field)
        XCTAssertEqual(line, 1)
      }
    }
  }

  func test_emptyTable_isRefused() {
    XCTAssertThrowsError(try PaymentCodeTable(toml: "# nothing\n")) { error in
      XCTAssertEqual(error as? PaymentCodeTableError, .noRules(file: "payment-codes.toml"))
    }
  }

  func test_missingFile_isATypedError() {
    XCTAssertThrowsError(try PaymentCodeTable(contentsOfFile: "/nonexistent/codes.toml")) {
      guard case .unreadable = $0 as? PaymentCodeTableError else { return XCTFail("\($0)") }
    }
  }
}
