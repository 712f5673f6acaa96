import XCTest

@testable import Model

/// An exported field is quoted exactly when the reader would otherwise split it or drop
/// part of it: a comma, a quote, a line break, or a blank at either end.
final class MerchantCSVQuotingTests: XCTestCase {
  func test_plainFields_areWrittenAsThey_are() {
    for field in ["示例便利超市", "822581054110001", "10420001;10420009", "A & B 店"] {
      XCTAssertEqual(MerchantCSVFormat.quoted(field), field)
    }
  }

  func test_fieldsTheReaderWouldSplitOrTrim_areQuoted() {
    XCTAssertEqual(MerchantCSVFormat.quoted("甲,乙"), "\"甲,乙\"")
    XCTAssertEqual(MerchantCSVFormat.quoted("他说\"好\""), "\"他说\"\"好\"\"\"")
    XCTAssertEqual(MerchantCSVFormat.quoted("一\r\n二"), "\"一\r\n二\"")
    XCTAssertEqual(MerchantCSVFormat.quoted("行\u{2028}分隔"), "\"行\u{2028}分隔\"")
    XCTAssertEqual(MerchantCSVFormat.quoted(" 店"), "\" 店\"")
    XCTAssertEqual(MerchantCSVFormat.quoted("店\t"), "\"店\t\"")
    // A full-width space is whitespace too, though not ASCII.
    XCTAssertEqual(MerchantCSVFormat.quoted("\u{3000}店"), "\"\u{3000}店\"")
  }
}
