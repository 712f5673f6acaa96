import Model
import XCTest

@testable import Console

/// Training mode hooked to the simulated terminal and the self-check.
final class TrainingIntegrationTests: XCTestCase {
  private typealias F = TerminalScreenFixture

  private func inRun(_ faults: [ScanFault]) throws -> AppState {
    var state = try F.state(.zh)
    let scenario = TrainingScenario(
      id: "permission-off", title: LocalizedText(zh: "权限", en: "Permission"),
      faultIDs: faults.map(\.rawValue), presents: .walletCode("wechat"),
      cause: "verdict.permission-off", par: TrainingPar(steps: 8, seconds: 180), hints: [])
    state.training = TrainingMode(trainee: "li", scenario: scenario, faults: scenario.faults)
    state.screen = AnyScreen(TrainingScreen(page: .run(hintsShown: 0)))
    return state
  }

  func test_runKey1_opensTerminalInTrainingWithScenarioFaults_andSlipSaysTraining() throws {
    var state = F.press(try inRun([]), "1")
    guard let session = state.screen.shown(TerminalSession.self) else {
      return XCTFail("\(state.screen)")
    }
    XCTAssertEqual(session.simulator?.training, true)
    state = F.press(state, "\r0000\r20\r134567890123456789\r")
    let text = state.screenText
    XCTAssertTrue(text.contains("TRAINING"), text)
    XCTAssertGreaterThanOrEqual(state.training?.steps ?? 0, 4, "terminal confirms are counted")
  }

  func test_runWithPermissionOff_terminalShows58() throws {
    let state = F.press(try inRun([.permissionOff]), "1\r0000\r20\r134567890123456789\r")
    XCTAssertTrue(state.screenText.contains("58"), state.screenText)
  }

  func test_runKey2_opensSelfCheck_andEntry6ReturnsToTheRun() throws {
    var state = F.press(try inRun([]), "2")
    guard state.screen.shown(SelfCheckSession.self) != nil else {
      return XCTFail("\(state.screen)")
    }
    state.screen = AnyScreen(HomeScreen())
    state = F.press(state, "6")
    guard let screen = state.screen.shown(TrainingScreen.self), case .run = screen.page else {
      return XCTFail("\(state.screen)")
    }
  }

  func test_qOnHomeDuringTraining_doesNotQuitAndSaysWhy() throws {
    var state = try inRun([])
    state.screen = AnyScreen(HomeScreen())
    let (next, effects) = update(state, .key(.character("q")))
    XCTAssertFalse(effects.contains { $0.isQuit })
    XCTAssertTrue(next.screenText.contains("培训员 PIN"), next.screenText)
  }

  func test_liveTerminal_isNotTraining() throws {
    let state = F.press(try F.state(.zh), "1")
    guard let session = state.screen.shown(TerminalSession.self) else {
      return XCTFail("\(state.screen)")
    }
    XCTAssertEqual(session.simulator?.training, false)
  }
}
