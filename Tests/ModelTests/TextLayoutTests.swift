import XCTest

@testable import Model

final class TextLayoutTests: XCTestCase {
  func test_truncateAtEveryWidth_neverSplitsWideGlyphAndNeverOverflows() {
    let text = "扫码ab收款"  // widths 2 2 1 1 2 2 = 10
    for width in 0...12 {
      let cut = TextLayout.truncate(text, to: width)
      XCTAssertLessThanOrEqual(DisplayWidth.of(cut), width, "width \(width): \(cut)")
      if width >= 10 {
        XCTAssertEqual(cut, text)
      } else if width > 1 {
        XCTAssertTrue(cut.hasSuffix("…"))
      }
    }
    XCTAssertEqual(TextLayout.truncate(text, to: 4), "扫…")
    XCTAssertEqual(TextLayout.truncate(text, to: 5), "扫码…")
  }

  func test_padCountsColumnsNotCharacters() {
    XCTAssertEqual(TextLayout.pad("扫码", to: 6), "扫码  ")
    XCTAssertEqual(TextLayout.pad("扫码", to: 3), "扫 ", "a half-cut wide glyph becomes a space")
  }

  func test_wrapBreaksLatinAtSpacesAndCJKAnywhere() {
    XCTAssertEqual(TextLayout.wrap("press the scan key", width: 10), ["press the", "scan key"])
    XCTAssertEqual(TextLayout.wrap("请清洁扫码窗口", width: 6), ["请清洁", "扫码窗", "口"])
    for line in TextLayout.wrap("检查 network 信号 and 重新扫码 please", width: 7) {
      XCTAssertLessThanOrEqual(DisplayWidth.of(line), 7, line)
    }
  }

  func test_wrapNeverStartsALineWithClosingPunctuation() {
    let lines = TextLayout.wrap("请客服开通扫码权限。然后再试", width: 18)
    XCTAssertEqual(lines, ["请客服开通扫码权", "限。然后再试"])
    for line in TextLayout.wrap("打 95016，报商户号，请客服开通扫码权限。", width: 8) {
      XCTAssertFalse(line.hasPrefix("，") || line.hasPrefix("。"), line)
      XCTAssertLessThanOrEqual(DisplayWidth.of(line), 8, line)
    }
  }

  func test_keyLocatorFindsKeyInsideTable() {
    let source = "inherits = \"x\"\n[roles]\nmenu = { fg = 1 }\n\"menu.selected\" = { fg = 2 }\n"
    XCTAssertEqual(TOMLKeyLocator.line(ofKey: "menu.selected", inTable: "roles", source: source), 4)
    XCTAssertEqual(TOMLKeyLocator.line(ofKey: "inherits", inTable: nil, source: source), 1)
    XCTAssertEqual(TOMLKeyLocator.line(ofKey: "missing", inTable: "roles", source: source), 2)
  }
}
