import Model
import XCTest

@testable import Console

/// Whole-screen pictures of the self-check at 80x24; `UPDATE_GOLDEN=1` rewrites them.
final class SelfCheckGoldenTests: XCTestCase {
  private let toPermissionCheck: [Key] = [
    .character("4"), .character("1"), .character("1"), .character("4"),
  ]

  func test_onTerminalCheckAt80x24InEnglish_matchesGolden() throws {
    let (state, _) = press(try SelfCheckFixture.state(.en), toPermissionCheck)
    try assertGolden(view(state), "selfcheck-terminal-check-en-80x24")
  }

  func test_permissionVerdictAt80x24InChinese_matchesGolden() throws {
    let (state, _) = press(try SelfCheckFixture.state(.zh), toPermissionCheck + [.character("1")])
    try assertGolden(view(state), "selfcheck-verdict-zh-80x24")
  }

  func test_symptomChoiceAt80x24InChinese_matchesGolden() throws {
    let (state, _) = press(try SelfCheckFixture.state(.zh), [.character("4")])
    try assertGolden(view(state), "selfcheck-symptoms-zh-80x24")
  }
}
