import XCTest

@testable import Model

final class DisplayWidthTests: XCTestCase {
  func test_cjkIdeographsAndFullwidthForms_takeTwoColumns() {
    XCTAssertEqual(DisplayWidth.of("扫码"), 4)
    XCTAssertEqual(DisplayWidth.of("１２３"), 6)
    XCTAssertEqual(DisplayWidth.of("，"), 2)
    XCTAssertEqual(DisplayWidth.of("가"), 2)
  }

  func test_asciiCombiningAndControl_takeOneZeroAndNothing() {
    XCTAssertEqual(DisplayWidth.of("POS 95016"), 9)
    XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining accent adds no column")
    XCTAssertEqual(DisplayWidth.of("a\u{7}b\u{1B}c"), 3, "control characters are never drawn")
    XCTAssertNil(DisplayWidth.of(Character("\u{1B}")))
    XCTAssertEqual(DisplayWidth.of("中a\u{0300}文"), 5)
  }
}
