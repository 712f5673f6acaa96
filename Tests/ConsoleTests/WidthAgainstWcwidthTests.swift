import CNcurses
import XCTest

@testable import Model

/// Checks the locale-independent width table against the C library.
final class WidthAgainstWcwidthTests: XCTestCase {
  /// The Swift table must agree with the C library's wcwidth where both are sure.
  func test_tableAgreesWithWcwidthInUTF8Locale() throws {
    guard setlocale(pc_lc_all(), "C.UTF-8") != nil else { throw XCTSkip("no C.UTF-8 locale") }
    let samples: [UInt32] =
      Array(0x20...0x7E) + Array(0x4E00...0x4E40) + Array(0x3000...0x3010)
      + Array(0xFF01...0xFF20) + Array(0xAC00...0xAC10) + Array(0x0300...0x0310)
      + [0x2014, 0x00B7, 0x2026, 0x9FA5, 0x20000]
    for value in samples {
      let scalar = try XCTUnwrap(Unicode.Scalar(value))
      let expected = Int(wcwidth(wchar_t(value)))
      XCTAssertEqual(DisplayWidth.of(scalar), expected, "U+\(String(value, radix: 16))")
    }
  }
}
