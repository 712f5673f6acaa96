import Foundation
import Model
import XCTest

@testable import Console

final class EscalationScreenTests: XCTestCase {
  private let size = ScreenSize(width: 80, height: 24)

  /// Real services on a fresh data dir: the database, the sample directory, the shipped data.
  private func makeServices() throws -> AppServices {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("escalation-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: directory) }
    return AppServices(dataDirectory: directory, log: EventLog(directory: directory))
  }

  /// A state with everything loaded, as the console has it after the first frame.
  private func loaded(_ language: Language, _ services: AppServices, size: ScreenSize? = nil)
    -> AppState
  {
    let resources = services.loadResources()
    XCTAssertTrue(resources.databaseOpen, "\(resources.problems)")
    XCTAssertNotNil(resources.merchantTables, "\(resources.problems)")
    return AppState(language: language, size: size ?? self.size, resources: resources)
  }

  /// Runs `action` and every effect it leads to through the services, as the app loop does.
  private func send(_ action: AppAction, to state: AppState, _ services: AppServices) -> AppState {
    runThroughLoop([action], from: state, services)
  }

  private func press(_ keys: String, _ state: AppState, _ services: AppServices) -> AppState {
    keys.reduce(state) { send(.key(.character($1)), to: $0, services) }
  }

  func test_homeFive_shows95016AndTheStoresNumbers_inChinese() throws {
    let services = try makeServices()
    let state = press("5", loaded(.zh, services), services)
    let text = state.screenText
    for expected in [
      "5 客服与升级", "☎ 拨打 95016", "商户号 822 5810 5411 0001", "终端号 10420001", "固件版本 V2.3.8",
      "机身序列号 N86A2250012345", "拉卡拉示例便利店 · 正常", "还没有做过扫码自检", "[ ] 1. 重启终端",
      "[ ] 4. 拨打客服 95016", "1 查商户号",
    ] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
    }
    XCTAssertTrue(view(state).lines()[23].contains("Esc"))
  }

  func test_homeFive_shows95016AndTheStoresNumbers_inEnglish() throws {
    let services = try makeServices()
    let text = press("5", loaded(.en, services), services).screenText
    for expected in [
      "☎ Call 95016", "Merchant no. 822 5810 5411 0001", "Terminal no. 10420001",
      "Firmware V2.3.8", "No self-check yet", "[ ] 1. Restart the terminal", "2 跳码 slip check",
    ] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
    }
  }

  func test_stepsPaneAt80x24_matchesGolden_inBothLanguages() throws {
    let services = try makeServices()
    try assertGolden(
      view(press("5", loaded(.zh, services), services)), "escalation-zh-80x24")
    try assertGolden(
      view(press("5", loaded(.en, services), services)), "escalation-en-80x24")
  }

  func test_latestSelfCheck_ticksTheStepsItCovered() throws {
    let services = try makeServices()
    var state = loaded(.zh, services)
    let database = try XCTUnwrap(services.database)
    let guide = try XCTUnwrap(state.resources.guides.first { $0.id == "scan-selfcheck" })
    var run = try GuideEngine(guide: guide, symptom: "no-response")
    for reply: GuideReply in [.option(1), .option(1), .option(1)] {
      try run.answer(reply)
    }
    try GuideSessionStore(database: database).begin(run, id: "session-1")
    state = press("5", state, services)
    let text = state.screenText
    for expected in [
      "最近一次自检：按扫码后没有任何反应", "[✓] 1. 重启终端", "[✓] 2. 重新做未通过的检查", "联系官方售后维修或更换",
    ] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
    }
    XCTAssertFalse(text.contains("刷卡/挥卡收款"), "a dead device takes no card either")
  }

  func test_firmwareOldFault_showsTheVersionTheUnitReports() throws {
    let services = try makeServices()
    let resources = services.loadResources()
    let state = AppState(
      language: .en, size: size, options: ConsoleOptions(faults: [.firmwareOld]),
      resources: resources)
    XCTAssertTrue(press("5", state, services).screenText.contains("Firmware V1.2.0"))
  }

  func test_storeOnRiskHold_saysScanningIsBlockedAndKeepsCardFallback() throws {
    let services = try makeServices()
    var state = loaded(.zh, services)
    state.resources.settings.merchantNumber = "822581055410004"
    state.resources.settings.terminalNumber = "10420005"
    let text = press("5", state, services).screenText
    for expected in ["东风路加油站 · 风控中", "扫码收款被拦截", "先改用刷卡/挥卡收款"] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
    }
  }

  func test_storeFrozen_dropsTheCardFallback() throws {
    let services = try makeServices()
    var state = loaded(.en, services)
    state.resources.settings.merchantNumber = "822100053110006"
    let text = press("5", state, services).screenText
    XCTAssertTrue(text.contains("The merchant is frozen"), text)
    XCTAssertFalse(text.contains("by card or tap"), text)
  }

  func test_handOverWithSessionID_usesThatSession() throws {
    let services = try makeServices()
    var state = loaded(.en, services)
    let (opened, effects) = ScreenRegistry.open(
      .escalation(sessionID: "no-such-session"), from: state, state.context(testEnvironment))
    XCTAssertTrue(
      effects.contains {
        if case .escalation(.load(let id, _, _)) = $0 { return id == "no-such-session" }
        return false
      })
    state.screen = opened
    for effect in effects {
      for action in services.perform(effect) { state = update(state, action).0 }
    }
    XCTAssertTrue(state.screenText.contains("No self-check yet"))
  }

  func test_lookupOfSampleMerchant_showsNameCategoryAndStatus() throws {
    let services = try makeServices()
    var state = press("51822 5810 5812 0002", loaded(.zh, services), services)
    state = send(.key(.enter), to: state, services)
    let text = state.screenText
    for expected in ["5 客服与升级 › 商户号查询", "粤味小馆", "5812  餐馆", "822", "0002", "正常"] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
    }
  }

  func test_lookupInEnglish_showsEnglishCategory() throws {
    let services = try makeServices()
    var state = press("51822-5810-5812-0002", loaded(.en, services), services)
    state = send(.key(.enter), to: state, services)
    XCTAssertTrue(state.screenText.contains("Eating places and restaurants"), state.screenText)
  }

  func test_lookupAt60x20_hangsWrappedValuesUnderTheValueColumn() throws {
    let services = try makeServices()
    var state = press(
      "51822581058120002", loaded(.en, services, size: ScreenSize(width: 60, height: 20)),
      services)
    state = send(.key(.enter), to: state, services)
    let lines = view(state).lines()
    let acquirer = try XCTUnwrap(lines.firstIndex { $0.contains("Acquirer         822") })
    XCTAssertTrue(
      lines[acquirer + 1].hasPrefix(String(repeating: " ", count: 19)),
      lines.joined(separator: "\n"))
  }

  func test_lookupWithFullWidthDigits_readsThemAsDigits() throws {
    let services = try makeServices()
    var state = press("1", press("5", loaded(.zh, services), services), services)
    state = press("８２２５８１０５８１２０００２", state, services)
    state = send(.key(.enter), to: state, services)
    XCTAssertTrue(state.screenText.contains("粤味小馆"), state.screenText)
  }

  func test_malformedNumber_saysWhichPositionIsWrong() throws {
    let services = try makeServices()
    var state = press("5182258105812A002", loaded(.zh, services), services)
    state = send(.key(.enter), to: state, services)
    XCTAssertTrue(state.screenText.contains("第 12 个字符“A”不是数字"), state.screenText)
    guard let session = state.screen.shown(EscalationSession.self) else {
      return XCTFail("\(state.screen)")
    }
    XCTAssertEqual(session.lookup.number.badPosition, 12)
    state = send(.key(.enter), to: press("5", loaded(.en, services), services), services)
    state = send(.key(.enter), to: press("1", state, services), services)
    XCTAssertTrue(state.screenText.contains("No merchant number entered"), state.screenText)
  }

  func test_slipWithAnotherMcc_isFlaggedAsCodeJumping() throws {
    let services = try makeServices()
    var state = press("52", loaded(.zh, services), services)
    state = press("822581058120001", state, services)
    state = send(.key(.enter), to: state, services)
    let text = state.screenText
    for expected in ["登记商户号", "822581054110001", "可能是跳码", "商户类别（MCC）: 登记 5411，签购单 5812"] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
    }
    state = press("3", send(.key(.escape), to: state, services), services)
    XCTAssertTrue(state.screenText.contains("跳码核对："), "the summary carries the slip check")
  }

  func test_slipMatchingTheRegistration_saysNoSign_inEnglish() throws {
    let services = try makeServices()
    var state = press("52822581054110001", loaded(.en, services), services)
    state = send(.key(.tab), to: state, services)
    state = press("10420001", state, services)
    state = send(.key(.enter), to: state, services)
    XCTAssertTrue(state.screenText.contains("no sign of 跳码"), state.screenText)
  }

  func test_slipTerminalOfOnlySpaces_countsAsLeftEmpty() throws {
    let services = try makeServices()
    var state = press("52822581054110001", loaded(.en, services), services)
    state = send(.key(.tab), to: state, services)
    state = press("  - ", state, services)
    state = send(.key(.enter), to: state, services)
    let text = state.screenText
    XCTAssertTrue(text.contains("The slip matches the registration"), text)
    XCTAssertFalse(text.contains("Terminal number"), text)
  }

  func test_slipWithBadTerminal_focusesThatFieldAndSaysWhere() throws {
    let services = try makeServices()
    var state = press("52822581054110001", loaded(.en, services), services)
    state = send(.key(.down), to: state, services)
    state = press("1042#001", state, services)
    state = send(.key(.enter), to: state, services)
    XCTAssertTrue(
      state.screenText.contains("Slip terminal (optional): Terminal number character 5"))
  }

  func test_caseSummary_showsWhatTheAgentAsks_andSavingWritesTheFile() throws {
    let services = try makeServices()
    var state = press("53", loaded(.zh, services), services)
    XCTAssertTrue(state.screenText.contains("客服通常会问"), state.screenText)
    state = send(.key(.enter), to: state, services)
    guard let session = state.screen.shown(EscalationSession.self),
      case .saved(let path)? = session.saved
    else { return XCTFail("not saved: \(state.screen)") }
    XCTAssertTrue(path.hasPrefix(services.dataDirectory), path)
    let saved = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(saved.contains("95016") && saved.contains("822 5810 5411 0001"), saved)
    XCTAssertTrue(state.screenText.contains("交接单已保存到："), state.screenText)
    XCTAssertTrue(
      state.screenText.contains(URL(fileURLWithPath: path).lastPathComponent), state.screenText)
  }

  func test_saveKeyOnStepsPane_showsThePathWritten() throws {
    let services = try makeServices()
    let state = press("54", loaded(.en, services), services)
    XCTAssertTrue(state.screenText.contains("Case summary saved to:"), state.screenText)
    XCTAssertTrue(state.screenText.contains("case-"), state.screenText)
  }

  func test_inTrainingMode_theTrainingBarLeavesTheSavedPathVisible() throws {
    let services = try makeServices()
    var state = loaded(.en, services)
    state.training = TrainingMode()
    state = press("54", state, services)
    guard let session = state.screen.shown(EscalationSession.self),
      case .saved(let path)? = session.saved
    else { return XCTFail("not saved: \(state.screen)") }
    let lines = view(state).lines()
    XCTAssertTrue(lines[22].contains("TRAINING"), lines[22])
    XCTAssertTrue(lines[21].contains(URL(fileURLWithPath: path).lastPathComponent), lines[21])
    XCTAssertTrue(lines[20].contains("Case summary saved to:"), lines[20])
  }

  func test_withoutCodeTables_lookupSaysWhatIsMissing() {
    var state = AppState(language: .zh, size: size)
    (state, _) = update(state, .key(.character("5")))
    for key in "1822581054110001" { (state, _) = update(state, .key(.character(key))) }
    let effects: [AppEffect]
    (state, effects) = update(state, .key(.enter))
    XCTAssertTrue(effects.isEmpty)
    XCTAssertTrue(state.screenText.contains("商户代码表"), state.screenText)
  }

  func test_escalationAt60x20_keepsTheCallCardAndTheKeyLine() throws {
    let services = try makeServices()
    var state = press(
      "5", loaded(.zh, services, size: ScreenSize(width: 60, height: 20)), services)
    let lines = view(state).lines()
    XCTAssertTrue(lines.joined().contains("95016"))
    XCTAssertTrue(lines[19].contains("Esc"))
    for _ in 0..<30 { state = send(.key(.down), to: state, services) }
    XCTAssertTrue(state.screenText.contains("恢复出厂设置前先备份交易记录"))
    state = send(.key(.escape), to: state, services)
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
  }

  func test_lateLookupAnswer_afterLeaving_isDropped() {
    let state = AppState(language: .zh, size: size)
    let (next, effects) = update(state, .escalation(.lookedUp(.pending, pane: .lookup)))
    guard next.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(next.screen)") }
    XCTAssertTrue(effects.isEmpty)
  }

  func test_inputFlood_isCapped() {
    var state = AppState(language: .zh, size: size)
    (state, _) = update(state, .key(.character("5")))
    (state, _) = update(state, .key(.character("1")))
    for _ in 0..<5000 { (state, _) = update(state, .key(.character("9"))) }
    guard let session = state.screen.shown(EscalationSession.self) else {
      return XCTFail("\(state.screen)")
    }
    XCTAssertEqual(session.lookup.number.text.count, TextField().maxCharacters)
  }
}
