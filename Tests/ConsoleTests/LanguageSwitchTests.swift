import Model
import XCTest

@testable import Console

/// `L` switches everything on show: after the same keys, a console switched with `L` shows
/// exactly what a console that ran in the other language all along shows. A text kept in
/// the screen's state as words of the old language (a notice, a case summary, the unit's
/// display) would make the two frames differ.
final class LanguageSwitchTests: XCTestCase {
  private static let signIn: [Key] = [.enter] + typing("0000") + [.enter]

  /// Each screen of the registry, reached from home, and screens that show a notice and
  /// the case summary.
  private let screens: [(name: String, keys: [Key], answer: AppAction?)] = [
    ("home", [], nil),
    ("1 scan payment", typing("1"), nil),
    ("2 card sale", typing("2"), nil),
    ("3 void or refund", typing("3"), nil),
    ("4 self-check", typing("4"), nil),
    ("4 self-check, first step", typing("4") + [.enter], nil),
    ("5 escalation", typing("5"), nil),
    ("5 escalation, the case summary", typing("53"), nil),
    (
      "4 self-check, a step that could not be saved (a notice)", typing("4") + [.enter],
      .guideStoreFailed("disk full")
    ),
    ("6 training, the PIN", typing("6"), nil),
    ("6 training, a PIN notice", typing("6") + typing("1") + [.enter], nil),
    ("7 management", typing("7"), nil),
    (
      "1 scan, signed in, a look at the counter (a notice)",
      typing("1") + signIn + [.function(3), .enter], nil
    ),
    ("3 void or refund, signed in: the choice", typing("3") + signIn, nil),
  ]

  func test_L_redrawsEverythingOnShow_asTheOtherLanguageWould() throws {
    for screen in screens {
      for start in [Language.zh, .en] {
        let switched = try ConsoleHarness(language: start)
        let other = try ConsoleHarness(language: start.other)
        defer {
          switched.removeDirectory()
          other.removeDirectory()
        }
        for harness in [switched, other] {
          harness.press(screen.keys)
          if let answer = screen.answer { harness.loop.send(answer) }
        }
        let before = switched.screenText
        if screen.answer != nil { XCTAssertTrue(before.contains("disk full"), before) }
        switched.press([.character("L")])
        XCTAssertEqual(switched.state.language, start.other, "\(screen.name): L did not switch")
        XCTAssertNotEqual(switched.screenText, before, "\(screen.name): nothing was redrawn")
        let mixed = zip(
          switched.screenText.split(separator: "\n"), other.screenText.split(separator: "\n")
        )
        .filter { $0 != $1 }.map { "\n  switched: \($0)\n  expected: \($1)" }
        XCTAssertTrue(
          mixed.isEmpty, "\(screen.name), \(start) then L: \(mixed.joined())")
      }
    }
  }

  func test_L_isText_whereAFieldTakesIt() throws {
    let harness = try ConsoleHarness(language: .zh)
    defer { harness.removeDirectory() }
    harness.press(typing("51"))
    harness.press([.character("L")])
    XCTAssertEqual(harness.state.language, .zh)
    XCTAssertTrue(harness.screenText.contains("[L_]"), harness.screenText)
  }
}
