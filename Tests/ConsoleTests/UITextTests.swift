import Model
import XCTest

@testable import Console

final class UITextTests: XCTestCase {
  func test_everyKeyHasTextInBothLanguages_andTheTwoDiffer() {
    // The switches are exhaustive, so a missing case does not compile; an empty or
    // untranslated text still can happen, and this catches it.
    for key in UIText.allCases where key != .trainingKeyPIN {
      XCTAssertFalse(UITextZh.text(key).isEmpty, "zh is empty for \(key)")
      XCTAssertFalse(UITextEn.text(key).isEmpty, "en is empty for \(key)")
    }
    XCTAssertNotEqual(UIText.entryScan(.zh), UIText.entryScan(.en))
  }

  func test_messagesCarryTheirValues() {
    XCTAssertEqual(UIMessage.trainingPINWrong(triesLeft: 3)(.zh), "PIN 错误，还可以再试 3 次")
    XCTAssertTrue(UIMessage.tooSmallBody(size: "40x10")(.en).contains("It is 40x10"))
  }

  func test_languageFollowsLocaleOnlyForEnglish() {
    XCTAssertEqual(Language.fromLocale("en_US.UTF-8"), .en)
    XCTAssertEqual(Language.fromLocale("zh_CN.UTF-8"), .zh)
    XCTAssertEqual(Language.fromLocale("C.UTF-8"), .zh)
    XCTAssertEqual(Language.fromLocale(nil), .zh)
  }
}
