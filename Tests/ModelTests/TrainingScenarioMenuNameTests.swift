import XCTest

@testable import Model

/// Every menu name a scenario's hint sends the trainee to ("管理 → 网络状态") is a label
/// on the simulated unit, in both languages, so a hint never names a page the unit lacks.
final class TrainingScenarioMenuNameTests: XCTestCase {
  /// The labels on each side of every "→" in `text`.
  private func menuNames(_ text: String) -> [String] {
    let stops: Set<Character> = ["：", ":", "，", ",", "。", ".", "；", ";", "（", "(", "?", "？"]
    let parts = text.components(separatedBy: "→")
    guard parts.count > 1 else { return [] }
    var names: [String] = []
    for (index, part) in parts.enumerated() {
      if index > 0 {
        names.append(
          String(part.prefix { !stops.contains($0) }).trimmingCharacters(in: .whitespaces))
      }
      if index < parts.count - 1 {
        let tail = part.reversed().prefix { !stops.contains($0) }
        names.append(String(tail.reversed()).trimmingCharacters(in: .whitespaces))
      }
    }
    return names
  }

  func test_everyMenuNameInAHint_isALabelOnTheUnit() throws {
    let profile = try TerminalFixture.profile()
    let labels = Set(profile.nodes.flatMap { [$0.label.zh, $0.label.en] })
    let directory = GuideFixtures.repositoryRoot + "/guides/scenarios"
    var checked = 0
    for scenario in TrainingScenarioParser.load(directory: directory).scenarios {
      for hint in scenario.hints {
        for name in menuNames(hint.zh) + menuNames(hint.en) {
          checked += 1
          XCTAssertTrue(labels.contains(name), "\(scenario.id): \"\(name)\" is not on the unit")
        }
      }
    }
    XCTAssertGreaterThan(checked, 0, "the hints name menus, so this checks something")
  }

  func test_menuNames_readBothSidesOfTheArrow() {
    XCTAssertEqual(menuNames("每次都等到超时：管理 → 网络状态，看有几格信号。"), ["管理", "网络状态"])
    XCTAssertEqual(menuNames("Only e-CNY fails: Management → Version."), ["Management", "Version"])
  }
}
