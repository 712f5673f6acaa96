import Foundation
import Model
import XCTest

@testable import Console

/// F3 (look) and F4 (act) on the simulated unit and in training: what one sees follows the
/// shop's state, an action changes the shop every screen reads, and training judges it.
final class CounterPanelTests: XCTestCase {
  private typealias F = TerminalScreenFixture
  private let root = F.repoRoot.path

  /// The unit signed in at its main menu, in a shop with `faults` (as `--fault` stages).
  private func unit(_ language: Language = .zh, faults: Set<ScanFault>) throws -> AppState {
    F.press(try F.state(language, faults: faults), "7\r0000\r\u{1B}")
  }

  private func run(_ scenarioID: String, _ language: Language = .zh) throws -> AppState {
    var state = try F.state(language)
    state.resources.guides =
      GuideLibrary.guides(GuideSourceFile.read(paths: [root + "/guides"]).files).guides
    let scenarios = TrainingScenarioParser.load(directory: root + "/guides/scenarios").scenarios
    let scenario = try XCTUnwrap(scenarios.first { $0.id == scenarioID })
    state.training = TrainingMode(trainee: "li", scenario: scenario, faults: scenario.faults)
    state.screen = AnyScreen(TrainingScreen(page: .run(hintsShown: 0), scenarios: scenarios))
    return state
  }

  private func declare(_ state: inout AppState, _ verdict: String) throws -> [AppEffect] {
    var effects = F.effects(&state, "d")
    let index = try XCTUnwrap(
      trainingVerdicts(state.resources.guides).firstIndex { $0.id == verdict })
    state = F.press(state, Array(repeating: Key.down, count: index))
    let (next, more) = update(state, .key(.enter))
    state = next
    effects += more
    return effects
  }

  func test_answer_keepsThePanelOpenUntilAChoice_thenClosesIt() {
    var panel: CounterPanel? = CounterPanel(.act)
    XCTAssertNil(CounterPanel.answer(.move(.down), in: &panel))
    XCTAssertEqual(panel?.list.selection, 1, "a move stays in the open panel")
    XCTAssertEqual(CounterPanel.answer(.chooseSelected, in: &panel), .act(CounterPanel.actions[1]))
    XCTAssertNil(panel)
    XCTAssertNil(CounterPanel.answer(.choose(1), in: &panel), "no panel, no answer")
    panel = CounterPanel(.look)
    XCTAssertNil(CounterPanel.answer(.close, in: &panel))
    XCTAssertNil(panel, "closing chooses nothing and closes")
  }

  func test_unit_F3ShowsWhatOneSees_F4WipeCleansTheWindowEveryScreenReads() throws {
    var state = try unit(faults: [.lensDirty])
    XCTAssertTrue(state.screenText.contains("F3 看一看"), state.screenText)
    XCTAssertTrue(state.screenText.contains("F4 动手"), state.screenText)
    state = F.press(state, [.function(3)])
    XCTAssertTrue(state.screenText.contains("1 看扫码窗"), state.screenText)
    state = F.press(state, "1")
    XCTAssertTrue(state.screenText.contains("看扫码窗：扫码窗上有一层油膜"), state.screenText)

    state = F.press(state, [.function(4), .character("1")])
    XCTAssertTrue(state.screenText.contains("已做：用软布擦扫码窗"), state.screenText)
    XCTAssertEqual(state.shop.window, .clean)
    guard let session = state.screen.shown(TerminalSession.self) else {
      return XCTFail("\(state.screen)")
    }
    XCTAssertEqual(session.simulator?.shop, state.shop)
    state = F.press(state, [.function(3), .character("1")])
    XCTAssertTrue(state.screenText.contains("扫码窗干净透亮"), state.screenText)
  }

  func test_unit_restartFromF4_rebootsToSignIn() throws {
    var state = try unit(faults: [])
    state = F.press(state, [.function(4)] + Array(repeating: Key.down, count: 5) + [.enter])
    guard let session = state.screen.shown(TerminalSession.self),
      case .signIn? = session.simulator?.state
    else { return XCTFail("\(state.screen)") }
  }

  func test_unit_lookList_isCompleteInEnglish() throws {
    let state = F.press(try unit(.en, faults: [.lowLight]), [.function(3), .character("2")])
    XCTAssertTrue(
      state.screenText.contains("The light at the counter: The counter is dark"), state.screenText)
  }

  func test_training_lookAndActOnTheRunPage_changeTheRunsShopOnly() throws {
    var state = try run("low-light")
    state = F.press(state, [.function(3)])
    XCTAssertTrue(state.screenText.contains("2 看收银台的光线"), state.screenText)
    state = F.press(state, "2")
    XCTAssertTrue(state.screenText.contains("收银台很暗"), state.screenText)
    state = F.press(state, [.function(4), .character("2")])
    XCTAssertEqual(state.training?.shop.light, .normal)
    XCTAssertEqual(state.shop.light, .normal, "the command line's shop was healthy and stays so")
    XCTAssertEqual(state.training?.actions.actions, [.betterLight])
    XCTAssertEqual(state.training?.steps, 1, "an action is a step")
    state = F.press(state, "1")
    guard let session = state.screen.shown(TerminalSession.self) else {
      return XCTFail("\(state.screen)")
    }
    XCTAssertEqual(session.simulator?.shop.light, .normal, "the unit opens in the run's shop")
  }

  func test_training_threeRestarts_areRecordedAsHarmful() throws {
    var state = try run("camera-broken")
    let restart = [Key.function(4)] + Array(repeating: Key.down, count: 5) + [.enter]
    state = F.press(state, restart + restart)
    XCTAssertEqual(state.training?.harmful, [])
    state = F.press(state, restart)
    XCTAssertEqual(state.training?.harmful, [.repeatedPowerCycling])
  }

  func test_dirtyAndDark_firstRightCauseGoesOn_secondFinishesWithBoth() throws {
    var state = try run("dirty-and-dark")
    let first = try declare(&state, "verdict.low-light")
    XCTAssertFalse(first.contains { if case .training(.finishRun) = $0 { true } else { false } })
    XCTAssertEqual(state.training?.declared, ["verdict.low-light"])
    XCTAssertEqual(state.training?.shop.light, .normal)
    XCTAssertEqual(state.training?.shop.window, .smudged, "the other fault still shows")
    XCTAssertTrue(state.screenText.contains("还有 1 个原因没找到"), state.screenText)
    guard let screen = state.screen.shown(TrainingScreen.self), case .run = screen.page else {
      return XCTFail("the run goes on: \(state.screen)")
    }
    let second = try declare(&state, "verdict.lens-dirty")
    guard case .training(.finishRun(let mode, let declared, _))? = second.last else {
      return XCTFail("\(second)")
    }
    XCTAssertEqual(mode.declared + [declared], ["verdict.low-light", "verdict.lens-dirty"])
  }

  func test_result_namesEveryRealCause_andTheHarmDone() throws {
    var state = try run("dirty-and-dark")
    let scenario = try XCTUnwrap(state.training?.scenario)
    let run = TrainingRun(
      declaredCauses: ["verdict.low-light", "verdict.lens-dirty"], steps: 9, seconds: 100,
      hintsUsed: 0, harmful: [.repeatedPowerCycling])
    let score = TrainingScore(run: run, scenario: scenario)
    let result = TrainingResult(
      trainee: "li", scenario: scenario, topic: "optics", date: Date(), run: run, score: score)
    state = update(state, .service(.training(.runScored(result, score)))).0
    let screen = state.screenText
    XCTAssertTrue(screen.contains("得分 90 / 100"), screen)
    XCTAssertTrue(screen.contains("原因正确"), screen)
    XCTAssertTrue(screen.contains("反复重启  -10"), screen)
    XCTAssertTrue(screen.contains("扫码窗脏了 + 光线太暗"), screen)
  }

  func test_unitsLinkSwitch_changesTheShopEveryScreenReads() throws {
    // Home 7 opens the unit's management menu; 7 there is 参数设置, whose 1 switches the link.
    let state = F.press(try F.state(.zh, faults: [.weakSignal]), "7\r0000\r71")
    XCTAssertEqual(state.shop.network.kind, .mobile, state.screenText)
    XCTAssertTrue(state.screenText.contains("▮▮▮▮ 4G"), state.screenText)
  }

  func test_reportPage_showsTheTraineesHarmfulActions() throws {
    var state = try run("camera-broken")
    let result = TrainingResult(
      trainee: "li", scenarioID: "camera-broken", topic: "camera", date: Date(), score: 60,
      correct: true, declaredVerdict: "verdict.camera-broken",
      expectedVerdict: "verdict.camera-broken", steps: 4, seconds: 60, hintsUsed: 0,
      harmful: ["factory-reset-before-backup"])
    state.screen = AnyScreen(TrainingScreen(page: .report([result])))
    XCTAssertTrue(state.screenText.contains("有害操作：未结算就恢复出厂设置 ×1"), state.screenText)
  }

  func test_everyOfferedLook_hasItsOwnWordsForEveryValueItCanShow() {
    var rng = SplitMix64(seed: 1)
    var states = ScanFault.allCases.map { ShopState.with(faults: [$0]) } + [ShopState()]
    states.append(ShopAction.charge.apply(to: ShopState()))
    var flat = ShopState()
    flat.battery = .flat
    flat.onMetal = true
    flat.window = .cracked
    states.append(flat)
    for look in CounterPanel.looks {
      for state in states {
        let value = look.value(in: state, rng: &rng)
        for language in [Language.zh, .en] {
          let words = look.describe(value)(language)
          XCTAssertFalse(words.contains(look.rawValue), "\(look.rawValue)=\(value): \(words)")
        }
      }
    }
  }

  func test_firmwareUpdateOnOneBar_theUnitSaysItFailed_andTheFirmwareStaysOld() throws {
    var state = try unit(faults: [.firmwareOld, .weakSignal])
    let update = [Key.function(4)] + Array(repeating: Key.down, count: 9) + [.enter]
    state = F.press(state, update)
    XCTAssertTrue(state.screenText.contains("固件下载失败"), state.screenText)
    XCTAssertTrue(state.shop.has(.firmwareOld))
    state = F.press(state, [.function(4)] + Array(repeating: Key.down, count: 7) + [.enter])
    XCTAssertFalse(state.shop.has(.weakSignal), "moved near the router")
    state = F.press(state, update)
    XCTAssertTrue(state.screenText.contains("已做：更新固件"), state.screenText)
    XCTAssertFalse(state.shop.has(.firmwareOld))
  }

  func test_selfCheckStepsThatAct_changeTheShop_butNotTheTraineesLog() throws {
    var state = try F.state(.zh, faults: [.weakSignal])
    state.resources.guides =
      GuideLibrary.guides(GuideSourceFile.read(paths: [root + "/guides"]).files).guides
    // Payment fails → "network timeout" → the network page shows 1 bar → "move the unit
    // near the router, then: does it work?", a step that acts.
    state = F.press(state, "4342")
    guard let step = state.selfCheck?.engine?.currentStep,
      step.binding.actions.contains(ShopAction.nearRouter.rawValue)
    else { return XCTFail("not at a step that moves the unit: \(state.screenText)") }
    XCTAssertTrue(state.shop.has(.weakSignal))
    state = F.press(state, "1")
    XCTAssertFalse(state.shop.has(.weakSignal), "answering it says the unit was moved")

    var training = try run("weak-signal")
    training.screen = AnyScreen(HomeScreen())
    training = F.press(training, "4342")
    training = F.press(training, "1")
    XCTAssertEqual(training.training?.shop.has(.weakSignal), false)
    XCTAssertEqual(training.training?.actions.actions, [], "the guide's asks are not judged")
  }

  func test_training_anUpdateFromTheUnitsOwnVersionPageOnOneBar_isJudgedHarmful() throws {
    var state = try run("old-firmware-weak-signal")
    let path = try XCTUnwrap(state.resources.profile?.path(to: "manage.version"))
    // The unit opens on the amount for the scan; Esc is its main menu.
    state = F.press(state, "1\r0000\r\u{1B}" + path.map { String($0.key) }.joined() + "\r")
    XCTAssertTrue(state.screenText.contains("下载失败：连不上服务器"), state.screenText)
    XCTAssertEqual(state.training?.actions.actions, [.updateFirmware])
    XCTAssertEqual(state.training?.harmful, [.updateOnWeakSignal])
    XCTAssertTrue(state.training?.shop.has(.firmwareOld) ?? false)
    XCTAssertEqual(state.training?.steps, 3, "each confirm is one step, the update's too")
  }
}
