import Model
import XCTest

@testable import Console

final class HomeScreenTests: XCTestCase {
  private let size = ScreenSize(width: 80, height: 24)

  func test_homeAt80x24InChinese_matchesGolden() throws {
    try assertGolden(view(AppState(language: .zh, size: size)), "home-zh-80x24")
  }

  func test_homeAt80x24InEnglish_matchesGolden() throws {
    try assertGolden(view(AppState(language: .en, size: size)), "home-en-80x24")
  }
  func test_unusableDataDir_isSaidOnHomeBeforeAnySale_inTheErrorRole() {
    var resources = Resources()
    resources.storeProblem = .directoryUnusable(path: "/srv/pos", reason: "not a directory")
    let canvas = view(AppState(language: .zh, size: size, resources: resources))
    let lines = canvas.lines()
    let row = lines.firstIndex { $0.contains("/srv/pos") }
    XCTAssertNotNil(row, lines.joined(separator: "\n"))
    XCTAssertTrue(lines.joined().contains("交易无法记账"), lines.joined(separator: "\n"))
    if let row { XCTAssertEqual(canvas[row, 1].role, .error) }
    XCTAssertTrue(lines[23].contains("q"), "the key line stays")
  }

  func test_homeInTrainingInASCIIMode_matchesStyledGolden_withBarAndNoticeInTheirRoles() throws {
    var state = AppState(language: .en, size: size, asciiOnly: true)
    state.training = TrainingMode(trainee: "li")
    try assertGolden(view(state), "home-training-ascii-80x24")
  }

  func test_homeListsEightEntriesInTerminalOrder() {
    let text = AppState(language: .zh, size: size).screenText
    let labels = ["1 刷卡消费", "2 扫码收款", "3 撤销/退货", "4 扫码自检", "5 客服与升级", "6 培训模式", "7 管理", "0 退出"]
    var previous = text.startIndex
    for label in labels {
      let range = text.range(of: label)
      XCTAssertNotNil(range, label)
      if let range {
        XCTAssertGreaterThan(range.lowerBound, previous, "\(label) out of order")
        previous = range.lowerBound
      }
    }
  }

  func test_digitOpensEntryAndEscComesBack() {
    var state = AppState(language: .zh, size: size)
    (state, _) = update(state, .key(.character("5")))
    guard state.screen.shown(EscalationSession.self) != nil else {
      return XCTFail("\(state.screen)")
    }
    XCTAssertTrue(state.screenText.contains("95016"))
    (state, _) = update(state, .key(.escape))
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
  }

  func test_arrowsWrapAndEnterOpensSelected() {
    var state = AppState(language: .en, size: size)
    (state, _) = update(state, .key(.up))
    XCTAssertEqual(ScreenRegistry.homeMenu[state.homeSelection].opens, .quit)
    var effects: [AppEffect]
    (state, effects) = update(state, .key(.enter))
    XCTAssertTrue(effects.contains { $0.isQuit })
    (state, _) = update(state, .key(.down))
    (state, _) = update(state, .key(.down))
    (state, _) = update(state, .key(.enter))
    guard let session = state.screen.shown(TerminalSession.self), session.launch == .scan else {
      return XCTFail("\(state.screen)")
    }
  }

  func test_qQuitsOnlyFromHome() {
    var state = AppState(language: .zh, size: size)
    (state, _) = update(state, .key(.character("2")))
    let (_, effects) = update(state, .key(.character("q")))
    XCTAssertFalse(effects.contains { $0.isQuit })
    let (_, homeEffects) = update(AppState(language: .zh, size: size), .key(.character("q")))
    XCTAssertTrue(homeEffects.contains { $0.isQuit })
  }

  func test_languageToggleSwitchesEveryLabel() {
    var state = AppState(language: .zh, size: size)
    (state, _) = update(state, .key(.character("L")))
    let text = state.screenText
    XCTAssertTrue(text.contains("Scan payment"))
    XCTAssertFalse(text.contains("扫码收款"))
  }

  func test_tooSmallScreen_saysSoAndStillQuitsOnQ() {
    var state = AppState(language: .zh, size: ScreenSize(width: 40, height: 10))
    let text = state.screenText
    XCTAssertTrue(text.contains("终端窗口太小"))
    XCTAssertTrue(text.contains("40x10"))
    XCTAssertTrue(update(state, .key(.character("1"))).1.isEmpty)
    XCTAssertTrue(update(state, .key(.character("q"))).1.contains { $0.isQuit })
    (state, _) = update(state, .resize(ScreenSize(width: 80, height: 24)))
    XCTAssertTrue(state.screenText.contains("扫码收款"))
  }

  func test_helpOpensOnF1AndQuestionMarkAndClosesOnEsc() {
    var state = AppState(language: .en, size: size)
    (state, _) = update(state, .key(.function(1)))
    XCTAssertTrue(state.screenText.contains("the terminal's 确认 key"))
    (state, _) = update(state, .key(.escape))
    XCTAssertFalse(state.showHelp)
    (state, _) = update(state, .key(.character("?")))
    XCTAssertTrue(state.showHelp)
  }

  func test_everyScreenHasKeyLineAtBottom() {
    for entry in ScreenRegistry.homeMenu where entry.opens != .quit {
      var state = AppState(language: .zh, size: size)
      (state, _) = update(state, .key(.character(Character(String(entry.number)))))
      XCTAssertTrue(view(state).lines()[23].contains("Esc"), "\(entry)")
    }
  }

  func test_asciiOnlyTerminal_usesEnglishAndSaysSo() {
    let state = AppState(language: .zh, size: size, asciiOnly: true)
    let text = state.screenText
    XCTAssertTrue(text.contains("No UTF-8 locale"))
    XCTAssertTrue(text.contains("Scan payment"))
  }
}
