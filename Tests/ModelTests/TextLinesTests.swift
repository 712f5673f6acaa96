import XCTest

@testable import Model

/// Lines and blanks found on the bytes, for the line numbers every data-file message names.
final class TextLinesTests: XCTestCase {
  func test_lineSlices_splitAtEveryNewline_keepingEmptyLines() {
    XCTAssertEqual("a\n\n扫码\n".lineSlices(), ["a", "", "扫码", ""])
    XCTAssertEqual("".lineSlices(), [""])
  }

  func test_lineSlices_endAWindowsLine_too() {
    // "\r\n" is one Character, so splitting Characters at "\n" never ended such a line.
    let lines = "[a]\r\nkey = 1\r\n".lineSlices().map { $0.trimmingBlanks() }
    XCTAssertEqual(lines, ["[a]", "key = 1", ""])
  }

  func test_trimmingBlanks_dropsSpacesTabsAndReturns_only() {
    XCTAssertEqual("\t 扫码 收款 \r".trimmingBlanks(), "扫码 收款")
    XCTAssertEqual("   ".trimmingBlanks(), "")
    XCTAssertEqual("\u{3000}全角\u{3000}".trimmingBlanks(), "\u{3000}全角\u{3000}")
  }

  func test_tomlLineIndex_namesTheLinesOfAWindowsFile() {
    let index = TOMLLineIndex(
      "title = \"x\"\r\n\r\n[[menu]]\r\n  name = \"扫码\"\r\n[scan]\r\nsize = 2\r\n")
    XCTAssertEqual(index.line(array: "menu", index: 0), 3)
    XCTAssertEqual(index.line(array: "menu", index: 0, key: "name"), 4)
    XCTAssertEqual(index.line(table: "scan", key: "size"), 6)
  }

  func test_guideSourceMap_findsStepsAndKeys_inAWindowsFile() {
    let map = GuideSourceMap(
      "version = 1\r\n[[start]]\r\nid = \"a\"\r\n[[step]]\r\n  kind = \"x\"\r\n")
    XCTAssertEqual(map.startLines, [2])
    XCTAssertEqual(map.stepLines, [4])
    XCTAssertEqual(map.line(ofKey: "kind", inBlockAt: 4), 5)
  }
}
