import Model
import XCTest

@testable import Console

final class CanvasTests: XCTestCase {
  func test_mixedText_occupiesDisplayColumns() {
    var canvas = Canvas(width: 12, height: 1)
    let end = canvas.put("A扫e\u{301}码!", row: 0, col: 0)
    XCTAssertEqual(end, 7)
    XCTAssertEqual(canvas.lines(), ["A扫é码!     "])
    XCTAssertTrue(canvas[0, 2].isContinuation)
    XCTAssertEqual(canvas[0, 3].glyph, "e\u{301}")
  }

  func test_clippingAtEveryColumn_neverSplitsWideGlyph() {
    for limit in 0...8 {
      var canvas = Canvas(width: 8, height: 1)
      canvas.put("扫码收款", row: 0, col: 0, limit: limit)
      let line = canvas.lines()[0]
      XCTAssertEqual(DisplayWidth.of(line), 8, "the row keeps its width at limit \(limit)")
      XCTAssertEqual(line.filter { $0 != " " }.count, limit / 2, "limit \(limit)")
    }
  }

  func test_overwritingHalfOfWideGlyph_blanksTheOtherHalf() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.put("扫码收", row: 0, col: 0)
    canvas.put("x", row: 0, col: 1)
    XCTAssertEqual(canvas.lines(), [" x码收"])
    canvas.put("y", row: 0, col: 2)
    XCTAssertEqual(canvas.lines(), [" xy 收"])
  }

  func test_wideGlyphAtLastColumn_isDroppedAndPadded() {
    var canvas = Canvas(width: 5, height: 1)
    canvas.put("abcd扫", row: 0, col: 0)
    XCTAssertEqual(canvas.lines(), ["abcd "])
    XCTAssertFalse(canvas[0, 4].isContinuation)
  }

  func test_putFittedTruncatesWithEllipsisOnWholeGlyph() {
    var canvas = Canvas(width: 10, height: 1)
    canvas.putFitted("扫码收款失败", row: 0, col: 1, width: 6)
    XCTAssertEqual(canvas.lines(), [" 扫码…    "])
  }

  func test_boxDrawsFrameAndTitle() {
    var canvas = Canvas(width: 12, height: 3)
    canvas.box(row: 0, col: 0, width: 12, height: 3, role: .frame, title: "帮助")
    XCTAssertEqual(canvas.lines(), ["┌─ 帮助 ───┐", "│          │", "└──────────┘"])
  }

  func test_controlCharactersAreNeverDrawn() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.put("a\u{1B}[31mb", row: 0, col: 0)
    XCTAssertEqual(canvas.lines(), ["a[31mb"])
  }
}
