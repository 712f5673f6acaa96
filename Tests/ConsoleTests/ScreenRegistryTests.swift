import Model
import XCTest

@testable import Console

/// The registry is the one list of screens: home shows it, every entry opens its screen,
/// and what a screen changes is what the app then shows (no change is dropped on the way
/// back from the component, as a forgotten downcast once did silently).
final class ScreenRegistryTests: XCTestCase {
  /// Keys tried on each screen to find one that changes it without leaving it.
  private let probes: [Key] = [
    .down, .up, .tab, .character("1"), .character("0"), .character("3"), .character(" "),
    .backspace, .right, .left,
  ]

  func test_homeMenu_isTheRegistry_numbersUnique_andTheHintSaysTheirRange() {
    let menu = ScreenRegistry.homeMenu
    XCTAssertEqual(Set(menu.map(\.number)).count, menu.count, "numbers repeat: \(menu)")
    XCTAssertEqual(Set(menu.map(\.opens)).count, menu.count, "destinations repeat: \(menu)")
    let state = AppState(language: .zh, size: ScreenSize(width: 80, height: 24))
    let lines = view(state).lines()
    for item in menu {
      XCTAssertTrue(
        lines.contains { $0.contains("\(item.number) \(item.label(.zh))") },
        "home does not show \(item.number) \(item.label(.zh))")
    }
    let range = "\(menu.map(\.number).min() ?? -1)-\(menu.map(\.number).max() ?? -1)"
    XCTAssertEqual(range, "0-8")
    XCTAssertTrue(lines[23].contains(range), lines[23])
  }

  func test_everyScreen_isReachableFromHome_andKeepsItsChanges() throws {
    let harness = try ConsoleHarness(language: .zh)
    defer { harness.removeDirectory() }
    let home = harness.state
    assertKeepsChanges(home, "home")
    for item in ScreenRegistry.homeMenu where item.opens != .quit {
      let (opened, _) = update(home, .key(.character(Character(String(item.number)))))
      let name = "\(item.number) \(item.label(.en))"
      XCTAssertNil(opened.screen.shown(HomeScreen.self), "\(name) did not leave home")
      XCTAssertTrue(
        opened.screen.title(opened.context(testEnvironment)).hasPrefix("\(item.number) "),
        "\(name): \(opened.screen.title(opened.context(testEnvironment)))")
      assertKeepsChanges(opened, name)
    }
    let (quit, effects) = update(home, .key(.character("0")))
    XCTAssertTrue(effects.contains { $0.isQuit })
    XCTAssertNotNil(quit.screen.shown(HomeScreen.self))
  }

  func test_exitDuringTraining_opensThePINFirst() {
    var state = AppState(language: .en, size: ScreenSize(width: 80, height: 24))
    state.training = TrainingMode(trainee: "t")
    let (next, effects) = update(state, .key(.character("0")))
    XCTAssertFalse(effects.contains { $0.isQuit })
    guard let screen = next.screen.shown(TrainingScreen.self), case .pin(.quit, _) = screen.page
    else { return XCTFail("\(next.screen.component)") }
  }

  /// Some probe key changes what the screen draws while staying on it; the app then shows
  /// exactly what the component, handed that key directly, shows.
  private func assertKeepsChanges(_ state: AppState, _ name: String) {
    let context = state.context(testEnvironment)
    let before = view(state).lines()
    for key in probes {
      guard let direct = handledDirectly(state.screen.component, key, context) else { continue }
      var expected = state
      expected.screen = direct
      let wanted = view(expected).lines()
      guard wanted != before else { continue }
      let (next, _) = update(state, .key(key))
      // Not XCTAssertEqual: two whole frames would bury the line that says which screen.
      XCTAssertTrue(view(next).lines() == wanted, "\(name): the app dropped what \(key) changed")
      return
    }
    XCTFail("\(name): no probe key changed the screen, so keeping changes is not shown")
  }

  /// The component after `key`, handled by its own type (no app in between), when the key
  /// keeps it on show and changes nothing shared.
  private func handledDirectly<S: AppScreen>(_ screen: S, _ key: Key, _ context: ScreenContext)
    -> AnyScreen?
  {
    var copy = screen
    let outcome = copy.handle(key, context)
    guard outcome.navigation == nil, outcome.changes.isEmpty else { return nil }
    return AnyScreen(copy)
  }
}
