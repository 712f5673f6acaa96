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

  func test_putFitted_blanksTheRestOfItsField_inItsRole() {
    var canvas = Canvas(width: 8, height: 1)
    canvas.put("xxxxxxxx", row: 0, col: 0, role: .accent)
    canvas.putFitted("扫a", row: 0, col: 1, width: 5, role: .menu)
    XCTAssertEqual(canvas.lines(), ["x扫a  xx"])
    XCTAssertEqual((1...5).map { canvas.role(row: 0, col: $0) }, Array(repeating: .menu, count: 5))
    XCTAssertEqual(canvas.role(row: 0, col: 6), .accent)
  }

  func test_boxPartlyOffTheGrid_drawsOnlyWhatIsOnIt() {
    var canvas = Canvas(width: 6, height: 3)
    canvas.box(row: -1, col: 2, width: 6, height: 3, role: .frame)
    XCTAssertEqual(canvas.lines(), ["  │   ", "  └───", "      "])
  }

  func test_boxInAClippedBody_keepsToTheClip() {
    var canvas = Canvas(width: 8, height: 3)
    canvas.drawClipped(to: Rect(row: 0, col: 0, width: 5, height: 3)) {
      $0.box(row: 0, col: 1, width: 6, height: 3, role: .frame)
    }
    XCTAssertEqual(canvas.lines(), [" ┌───   ", " │      ", " └───   "])
  }

  func test_controlCharactersAreNeverDrawn() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.put("a\u{1B}[31mb", row: 0, col: 0)
    XCTAssertEqual(canvas.lines(), ["a[31mb"])
  }
}

/// The grid stores each cell packed (a scalar, or an index into the canvas's own tables
/// of roles and multi-scalar glyphs); these protect what the packing must not change.
final class CanvasPackingTests: XCTestCase {
  func test_accentedGlyph_keepsAllItsScalars() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.put("x", row: 0, col: 0, role: .title)
    canvas.put("ae\u{301}扫", row: 0, col: 0, role: .accent)
    XCTAssertEqual(canvas[0, 1].glyph, "e\u{301}")
    XCTAssertEqual(canvas[0, 1].role, .accent)
    XCTAssertTrue(canvas[0, 3].isContinuation)
    XCTAssertEqual(canvas.lines(), ["aé扫  "])
  }

  func test_drawingClipped_neverSplitsAWideGlyphAtEitherEdge() {
    var canvas = Canvas(width: 8, height: 2)
    canvas.drawClipped(to: Rect(row: 1, col: 1, width: 4, height: 1)) {
      $0.put("扫码收款", row: 1, col: 0, role: .accent)
      $0.put("outside", row: 0, col: 0)
    }
    // 扫 at 0-1 and 收 at 4-5 straddle the edges: their inside halves stay blank.
    XCTAssertEqual(canvas.lines(), ["        ", "  码    "])
    XCTAssertEqual(canvas[1, 1].role, .plain)
    XCTAssertEqual(canvas[1, 4].role, .plain)
    canvas.put("after", row: 0, col: 0)
    XCTAssertEqual(canvas.text(row: 0), "after", "the clip is lifted afterwards")
  }

  func test_textMixingAloneAndJoiningScalars_placesEveryGlyph() {
    var canvas = Canvas(width: 10, height: 1)
    let end = canvas.put("码e\u{301}，🇨🇳x", row: 0, col: 0)
    XCTAssertEqual(end, 7, "the table counts a flag as one column, as wcwidth does")
    XCTAssertEqual(canvas[0, 2].glyph, "e\u{301}")
    XCTAssertEqual(canvas[0, 5].glyph, "🇨🇳")
    XCTAssertEqual(canvas.lines(), ["码é，🇨🇳x   "])
  }

  func test_rowEquals_comparesWhatIsShown_notTheOrderRolesWereFirstUsed() {
    var a = Canvas(width: 4, height: 1)
    a.put("ab", row: 0, col: 0, role: .title)
    a.put("c", row: 0, col: 2, role: .error)
    var b = Canvas(width: 4, height: 1)
    b.put("c", row: 0, col: 2, role: .error)
    b.put("ab", row: 0, col: 0, role: .title)
    XCTAssertTrue(a.rowEquals(b, row: 0))
    XCTAssertEqual(a, b)
    b.put("c", row: 0, col: 2, role: .warning)
    XCTAssertFalse(a.rowEquals(b, row: 0), "same glyph in another role is a change")
  }

  func test_changedColumns_areOnlyTheCellsThatDiffer() {
    var a = Canvas(width: 10, height: 2)
    a.put("  1 扫码收款", row: 0, col: 0)
    var b = a
    XCTAssertNil(a.changedColumns(from: b, row: 0))
    b.put("▶", row: 0, col: 0, role: .menuSelected)
    XCTAssertEqual(a.changedColumns(from: b, row: 0), 0..<1)
    XCTAssertNil(a.changedColumns(from: b, row: 1))
  }

  func test_changedColumns_coverWholeWideGlyphs_inBothFrames() {
    var a = Canvas(width: 8, height: 1)
    a.put("ab扫码cd", row: 0, col: 0)
    var b = a
    b.put("吗", row: 0, col: 4)
    // The glyph changed in its first column; its second goes with it.
    XCTAssertEqual(a.changedColumns(from: b, row: 0), 4..<6)
    var c = a
    c.put("xy", row: 0, col: 2)
    XCTAssertEqual(a.changedColumns(from: c, row: 0), 2..<4)
    XCTAssertEqual(c.changedColumns(from: a, row: 0), 2..<4)
  }

  func test_rowEquals_seesADifferentAccent() {
    var a = Canvas(width: 3, height: 1)
    a.put("e\u{301}", row: 0, col: 0)
    var b = Canvas(width: 3, height: 1)
    b.put("e\u{300}", row: 0, col: 0)
    XCTAssertFalse(a.rowEquals(b, row: 0))
    b.put("e\u{301}", row: 0, col: 0)
    XCTAssertTrue(a.rowEquals(b, row: 0), "equal glyphs stored at other cluster indices")
  }
}
