import XCTest

@testable import Model

final class TerminalAmountTests: XCTestCase {
  func test_validAmounts_areKeptAsFen() throws {
    XCTAssertEqual(try Amount.parse("0.01").fen, 1)
    XCTAssertEqual(try Amount.parse("12").fen, 1_200)
    XCTAssertEqual(try Amount.parse("12.3").fen, 1_230)
    XCTAssertEqual(try Amount.parse("12.30").fen, 1_230)
    XCTAssertEqual(try Amount.parse("12.").fen, 1_200)
    XCTAssertEqual(try Amount.parse("0.5").fen, 50)
    XCTAssertEqual(try Amount.parse("99999.99").fen, 9_999_999)
    XCTAssertEqual(try Amount.parse(" 8.88\n").fen, 888)
  }

  func test_refusedAmounts_giveTheirTypedReason() {
    let cases: [(String, AmountError)] = [
      ("", .empty), ("   ", .empty), ("012", .leadingZero), ("00.5", .leadingZero),
      ("1.234", .tooManyDecimals), ("0", .zero), ("0.00", .zero), ("100000", .overMaximum),
      ("99999.999", .tooManyDecimals), ("100000.00", .overMaximum), (".5", .missingYuan),
      ("1,000", .invalidCharacter(",")), ("1.2.3", .invalidCharacter(".")),
      ("-5", .invalidCharacter("-")), ("１２", .invalidCharacter("１")),
      (String(repeating: "9", count: 5_000), .overMaximum),
    ]
    for (text, expected) in cases {
      XCTAssertThrowsError(try Amount.parse(text), "\(text.prefix(20))") { error in
        XCTAssertEqual(error as? AmountError, expected, "\(text.prefix(20))")
      }
    }
  }

  func test_everyAmountRefusal_hasChineseAndEnglishMessages() {
    let errors: [AmountError] = [
      .empty, .invalidCharacter("x"), .missingYuan, .leadingZero, .tooManyDecimals, .zero,
      .overMaximum,
    ]
    for error in errors {
      XCTAssertFalse(error.phrase.text(.zh).isEmpty)
      XCTAssertFalse(error.phrase.text(.en).isEmpty)
      XCTAssertNotEqual(error.phrase.text(.zh), error.phrase.text(.en))
    }
  }

  func test_yuanText_formatsFenWithTwoDecimals() {
    XCTAssertEqual(Amount(fen: 5)?.yuanText, "0.05")
    XCTAssertEqual(Amount(fen: 1_230)?.yuanText, "12.30")
    XCTAssertNil(Amount(fen: 0))
    XCTAssertNil(Amount(fen: 10_000_000))
  }

  func test_amountEntryOnADecimalKeyUnit_showsTheRefusalAndStays() throws {
    var sim = try TerminalFixture.signedIn(profile: try TerminalFixture.profile("lakala-decimal"))
    _ = sim.press(.digit(2))
    sim.send("1.234")
    _ = sim.press(.confirm)
    guard case .amountEntry = sim.state else { return XCTFail("left amount entry: \(sim.state)") }
    XCTAssertTrue(sim.screenText.contains("金额最多两位小数"), sim.screenText)
    _ = sim.press(.clear)
    _ = sim.press(.confirm)
    guard case .awaitingCode(let amount, _) = sim.state else { return XCTFail("\(sim.state)") }
    XCTAssertEqual(amount.fen, 123)
  }

  func test_emptyAmountOnTheTerminal_isRefused() throws {
    var sim = try TerminalFixture.signedIn(language: .en)
    _ = sim.press(.digit(2))
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("Enter an amount"), sim.screenText)
  }
}
