import XCTest

@testable import Model

/// Issue 20 item 6: toml++ asserted on a table header not starting with a key (`[[[`); a
/// NUL byte cut the document short. Every reader now reports the line and goes on.
final class TOMLTextTests: XCTestCase {
  private let bad = "a = 1\n\n[[[\n"

  func test_headersThatWouldAbortTOMLPlusPlus_areRefusedWithTheirLine() {
    for (text, line, column) in [
      ("[[[\n", 1, 3), ("x = 1\n[=]\n", 2, 2), ("\n\n  [ .a]\n", 3, 5), ("[[ #]]\n", 1, 4),
      ("[[\t{a}]]", 1, 4), ("[\u{00E9}]\n", 1, 2), ("[\0]", 1, 2),
    ] {
      XCTAssertThrowsError(try TOMLText.parse(text), text.debugDescription) { error in
        let error = error as? TOMLSyntaxError
        XCTAssertEqual(error?.line, line, text.debugDescription)
        XCTAssertEqual(error?.column, column, text.debugDescription)
      }
    }
  }

  /// Found by scripts/fuzz.sh: toml++ asserted on an array element starting with `}` or a
  /// Unicode space, and skipped a byte-order mark before a `[[[` header.
  func test_arrayElementsThatWouldAbortTOMLPlusPlus_andABOMHeader_areRefused() {
    for (text, line) in [
      ("a = [}]", 1), ("a = [\n  1,\n  } ]\n", 3), ("a = [1, \u{2028}]", 1),
      ("a = [\r\n}]", 2), ("a = [ # c\n\u{3000}1]", 2), ("\u{FEFF}[[[\n", 1),
      ("x = [[1], [ }]]", 1), ("a = 5555\t\u{0C}x", 1), ("a = \"\u{0B}\"", 1),
      ("# \u{7F}\nb = 1", 1), ("\n\u{1B}[31m", 2),
    ] {
      XCTAssertThrowsError(try TOMLText.parse(text), text.debugDescription) { error in
        XCTAssertEqual((error as? TOMLSyntaxError)?.line, line, text.debugDescription)
      }
    }
  }

  func test_arraysOverSeveralLines_withCommentsAndCRLF_stillParse() throws {
    let table = try TOMLText.parse("a = [ # c\r\n  1, # d\r\n  { b = 2 },\r\n]\r\nc = {}\r\n")
    XCTAssertEqual(table["a"]?.array?.count, 2)
    XCTAssertNotNil(try TOMLText.parse("\u{FEFF}[k]\nv = 1\n")["k"]?.table)
  }

  func test_bracketsThatAreNotHeaders_stillParse() throws {
    let table = try TOMLText.parse(
      """
      a = [
        [[[1]]],
        [ [2] ], # [[[ in a comment
      ]
      s = \"\"\"
      [[[
      \\\"\"\" \"\"\"
      t = '''
      [=]
      '''
      u = "[[[" # ok
      [k]
      v = "\\""
      [ "quoted key" ]
      [[arr]]
      [ 'lit' . b ]
      """)
    XCTAssertEqual(table["s"]?.string, "[[[\n\"\"\" ")
    XCTAssertEqual(table["t"]?.string, "[=]\n")
    XCTAssertNotNil(table["quoted key"]?.table)
    XCTAssertNotNil(table["lit"]?.table?["b"]?.table)
  }

  func test_aClosingRunOfFourQuotes_endsTheStringWithAQuote() throws {
    XCTAssertEqual(try TOMLText.parse("s = \"\"\"x\"\"\"\"\n")["s"]?.string, "x\"")
    XCTAssertThrowsError(try TOMLText.parse("s = \"\"\"x\"\"\"\"\n[[[\n")) { error in
      XCTAssertEqual((error as? TOMLSyntaxError)?.line, 2)
    }
  }

  func test_aNULByte_isRefusedAtItsLine_notCutShort() {
    XCTAssertThrowsError(try TOMLText.parse("\0[roles]\nx = 1\n")) { error in
      XCTAssertEqual((error as? TOMLSyntaxError)?.line, 1)
    }
    XCTAssertThrowsError(try TOMLText.parse("a = 1\nb = \"x\0\"\n")) { error in
      XCTAssertEqual((error as? TOMLSyntaxError)?.line, 2)
      XCTAssertEqual((error as? TOMLSyntaxError)?.column, 7)
    }
  }

  func test_everyReader_reportsTheLine_andDoesNotAbort() {
    XCTAssertThrowsError(try PaymentCodeTable(toml: bad, file: "codes.toml")) { error in
      XCTAssertTrue("\(error)".contains("codes.toml:3"), "\(error)")
    }
    XCTAssertThrowsError(try TrainingScenarioParser.scenarios(source: bad, file: "s.toml")) {
      XCTAssertEqual(($0 as? TrainingScenarioError)?.line, 3)
    }
    let guide = GuideParser.parse(bad, file: "g.toml")
    XCTAssertNil(guide.guide)
    XCTAssertEqual(guide.issues.map(\.line), [3])
    guard case .failure(.invalid(let findings)) = TerminalProfile.read(toml: bad, file: "p.toml")
    else { return XCTFail("a bad profile was read") }
    XCTAssertEqual(findings.map(\.line), [3])
    XCTAssertThrowsError(try AcquirerTable(toml: bad, file: "acquirers.toml")) {
      XCTAssertTrue("\($0)".contains("line 3"), "\($0)")
    }
    XCTAssertThrowsError(try RegionTable(toml: bad, file: "regions.toml")) {
      XCTAssertTrue("\($0)".contains("line 3"), "\($0)")
    }
    XCTAssertThrowsError(try MccTable(toml: bad, file: "mcc.toml")) {
      XCTAssertTrue("\($0)".contains("line 3"), "\($0)")
    }
  }
}
