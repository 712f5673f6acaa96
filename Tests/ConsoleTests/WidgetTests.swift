import Model
import XCTest

@testable import Console

/// The one list, scroll view and text field every screen uses.
final class WidgetTests: XCTestCase {
  func test_list_wrapsOrStopsAtItsEnds_andKeepsTheSelectionInView() {
    var list = MenuList(count: 3)
    list.move(.up)
    XCTAssertEqual(list.selection, 2, "a wrapping list comes round")
    var stopping = MenuList(count: 3, wraps: false)
    stopping.move(.up)
    XCTAssertEqual(stopping.selection, 0)
    stopping.move(.pageDown)
    XCTAssertEqual(stopping.selection, 2)
    var long = MenuList(count: 30, wraps: false)
    long.select(25)
    XCTAssertEqual(long.visibleStart(rows: 10), 16)
    long.resize(5)
    XCTAssertEqual(long.selection, 4, "a shorter list clamps the selection")
  }

  func test_scrollView_clampsAtBothEnds_soOneUpAlwaysMoves() {
    var scroll = ScrollView()
    scroll.scroll(by: 100, lines: 30, rows: 10)
    XCTAssertEqual(scroll.offset, 20)
    scroll.scroll(by: -1, lines: 30, rows: 10)
    XCTAssertEqual(scroll.offset, 19)
    scroll.scroll(by: -100, lines: 30, rows: 10)
    XCTAssertEqual(scroll.offset, 0)
  }

  func test_textField_capsLength_refusesControlsAndNonDigits_andShowsItsEndByWidth() {
    var field = TextField(maxCharacters: 4)
    for c in "ab\u{7}cde" { field.type(c) }
    XCTAssertEqual(field.text, "abcd")
    var pin = TextField(maxCharacters: 8, digitsOnly: true)
    for c in "1a2３" { pin.type(c) }
    XCTAssertEqual(pin.text, "12")
    var wide = TextField()
    for c in "收款码12" { wide.type(c) }
    XCTAssertEqual(wide.visibleTail(width: 6), "码12", "CJK counts two columns, the cursor one")
  }
}
