import Model
import XCTest

final class MerchantNumberTests: XCTestCase {
  func test_fifteenDigits_splitIntoAcquirerRegionMccSequence() throws {
    let number = try MerchantNumber(parsing: "102581083986056")
    XCTAssertEqual(number.acquirerCode, "102")
    XCTAssertEqual(number.regionCode, "5810")
    XCTAssertEqual(number.mccCode, "8398")
    XCTAssertEqual(number.sequence, "6056")
    XCTAssertEqual(number.grouped, "102 5810 8398 6056")
  }

  func test_spacesAndDashes_areTolerated() throws {
    XCTAssertEqual(try MerchantNumber(parsing: " 822 5810-5411-0001 ").digits, "822581054110001")
  }

  func test_fullWidthDigits_areReadAsAscii() throws {
    let number = try MerchantNumber(parsing: "８２２５８１０５４１１０００１")
    XCTAssertEqual(number.digits, "822581054110001")
    XCTAssertEqual(
      try MerchantNumber(parsing: "８２２\u{3000}5810－5411 0001").digits, "822581054110001")
  }

  func test_fourteenDigits_reportsTheCount() {
    assertRefused("82258105411000", as: .wrongLength(digitCount: 14))
  }

  func test_sixteenDigits_reportsTheCount() {
    assertRefused("8225810541100011", as: .wrongLength(digitCount: 16))
  }

  func test_letter_reportsItsPositionAsTyped() {
    // Position counts the characters typed, separators included: "822 5" is 5, "O" is 6.
    assertRefused("822 5O10 5411 0001", as: .invalidCharacter(position: 6, character: "O"))
  }

  func test_otherPunctuation_isRefusedAtItsPosition() {
    assertRefused("822.581054110001", as: .invalidCharacter(position: 4, character: "."))
  }

  func test_emptyInput_isRefused() {
    assertRefused(" - ", as: .empty)
  }

  func test_errorMessages_existInChineseAndEnglishAndNameThePosition() {
    let message = MerchantNumberError.invalidCharacter(position: 6, character: "O").message
    XCTAssertTrue(message.zh.contains("第 6 个字符"))
    XCTAssertTrue(message.en.contains("Character 6"))
    let length = MerchantNumberError.wrongLength(digitCount: 14).message
    XCTAssertTrue(length.zh.contains("14 位"))
    XCTAssertTrue(length.en.contains("14 digits"))
  }

  func test_terminalNumber_acceptsEightCharactersAndRefusesOthers() throws {
    XCTAssertEqual(try TerminalNumber(parsing: "1042 0001").value, "10420001")
    XCTAssertEqual(try TerminalNumber(parsing: "ab12３４５６").value, "AB123456")
    XCTAssertThrowsError(try TerminalNumber(parsing: "1042001")) { error in
      XCTAssertEqual(error as? TerminalNumberError, .wrongLength(characterCount: 7))
    }
    XCTAssertThrowsError(try TerminalNumber(parsing: "1042_0001")) { error in
      XCTAssertEqual(error as? TerminalNumberError, .invalidCharacter(position: 5, character: "_"))
    }
  }

  private func assertRefused(
    _ input: String, as expected: MerchantNumberError, line: UInt = #line
  ) {
    XCTAssertThrowsError(try MerchantNumber(parsing: input), line: line) { error in
      XCTAssertEqual(error as? MerchantNumberError, expected, line: line)
    }
  }
}
