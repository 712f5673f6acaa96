import Model
import XCTest

@testable import Console

final class UITextTests: XCTestCase {
  func test_everyKeyHasTextInBothLanguages() {
    for key in UIText.allCases {
      XCTAssertFalse((UITextZh.table[key] ?? "").isEmpty, "zh is missing \(key)")
      XCTAssertFalse((UITextEn.table[key] ?? "").isEmpty, "en is missing \(key)")
    }
  }

  func test_languageFollowsLocaleOnlyForEnglish() {
    XCTAssertEqual(Language.fromLocale("en_US.UTF-8"), .en)
    XCTAssertEqual(Language.fromLocale("zh_CN.UTF-8"), .zh)
    XCTAssertEqual(Language.fromLocale("C.UTF-8"), .zh)
    XCTAssertEqual(Language.fromLocale(nil), .zh)
  }
}
