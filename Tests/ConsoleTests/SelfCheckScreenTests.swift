import Model
import XCTest

@testable import Console

final class SelfCheckScreenTests: XCTestCase {
  /// Symptom 1, screen and keys fine, 58 on the scan screen, permission off: the permission verdict.
  private let permissionPath: [Key] = [
    .character("4"), .character("1"), .character("1"), .character("4"), .character("1"),
  ]

  func test_entry4ShowsSymptomChoiceInChineseAndEnglish() throws {
    let (zh, effects) = press(try SelfCheckFixture.state(.zh), [.character("4")])
    XCTAssertNotNil(zh.selfCheck)
    XCTAssertTrue(effects.isEmpty == false)
    let zhText = zh.screenText
    XCTAssertTrue(zhText.contains("现在是哪种情况？"), zhText)
    XCTAssertTrue(zhText.contains("1 按扫码后没有任何反应"), zhText)
    XCTAssertTrue(zhText.contains("5 全部失败，刷卡也不行"), zhText)
    XCTAssertTrue(view(zh).lines()[23].contains("Esc"))
    let (en, _) = press(try SelfCheckFixture.state(.en), [.character("4")])
    XCTAssertTrue(en.screenText.contains("1 Nothing happens when scanning"), en.screenText)
  }

  func test_choosingSymptom_beginsStoredSessionAndShowsStepWithProgress() throws {
    let (state, effects) = press(
      try SelfCheckFixture.state(.zh), [.character("4"), .character("1")])
    guard case .guideBegin(let engine, let id)? = effects.last else {
      return XCTFail("no begin effect: \(effects)")
    }
    XCTAssertEqual(engine.currentStepID, "noresp.screen")
    XCTAssertEqual(state.selfCheck?.sessionID, id)
    let text = state.screenText
    XCTAssertTrue(text.contains("第 1 步 · 设备"), text)
    XCTAssertTrue(text.contains("1 屏幕亮，按键有反应"), text)
    // The first screen says how to take the waiting payment meanwhile.
    XCTAssertTrue(text.contains("先收款"), text)
    XCTAssertTrue(view(state).lines()[23].contains("Tab"), text)
  }

  func test_permissionPath_endsInPermissionVerdictWithFix() throws {
    let (state, effects) = press(try SelfCheckFixture.state(.zh), permissionPath)
    XCTAssertEqual(state.selfCheck?.engine?.currentStepID, "verdict.permission-off")
    // Begin, then one save per answer.
    XCTAssertEqual(effects.compactMap(\.savedEngine).count, 4)
    let text = state.screenText
    XCTAssertTrue(text.contains("扫码交易权限被关闭（应答码 58）"), text)
    XCTAssertTrue(text.contains("怎么办："), text)
    XCTAssertTrue(text.contains("这样解决了吗？"), text)
    XCTAssertTrue(text.contains("1 解决了"), text)
  }

  func test_permissionVerdictFixed_endsResolvedAndShowsReport() throws {
    let (state, effects) = press(
      try SelfCheckFixture.state(.en), permissionPath + [.character("1")])
    let engine = try XCTUnwrap(effects.last?.savedEngine)
    XCTAssertEqual(engine.outcome, .resolved(verdict: "verdict.permission-off"))
    let text = state.screenText
    XCTAssertTrue(text.contains("Self-check result"), text)
    XCTAssertTrue(text.contains("Scan payments switched off"), text)
    let (home, _) = press(state, [.enter])
    guard home.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(home.screen)") }
  }

  func test_reportOnScreen_isTheSameTextAsReportCommand() throws {
    let (state, _) = press(try SelfCheckFixture.state(.zh), permissionPath + [.character("1")])
    let session = try XCTUnwrap(state.selfCheck)
    let engine = try XCTUnwrap(session.engine)
    let report = GuideReport(engine: engine, sessionID: session.sessionID ?? "")
    let first = report.text(.zh).split(separator: "\n").prefix(4)
    let screen = state.screenText
    for line in first { XCTAssertTrue(screen.contains(String(line)), String(line)) }
  }

  func test_permissionVerdictNotFixed_handsOverToEscalationWithSession() throws {
    let (state, effects) = press(
      try SelfCheckFixture.state(.zh), permissionPath + [.character("2"), .enter])
    guard state.screen.shown(EscalationSession.self) != nil else {
      return XCTFail("\(state.screen)")
    }
    let engine = try XCTUnwrap(effects.compactMap(\.savedEngine).last)
    XCTAssertEqual(engine.outcome, .escalated(step: "escalate.customer-service"))
    XCTAssertTrue(
      effects.contains {
        if case .log(let text) = $0 { return text.contains("escalate session") }
        return false
      })
  }

  func test_escGoesBackAlongPathAndSaves() throws {
    var (state, _) = press(try SelfCheckFixture.state(.zh), Array(permissionPath.prefix(4)))
    XCTAssertEqual(state.selfCheck?.engine?.currentStepID, "perm.check")
    var effects: [AppEffect]
    (state, effects) = press(state, [.escape])
    XCTAssertEqual(state.selfCheck?.engine?.currentStepID, "noresp.scan-menu")
    XCTAssertEqual(effects.compactMap(\.savedEngine).last?.path.count, 1)
    (state, effects) = press(state, [.escape, .escape])
    guard case .chooseSymptom? = state.selfCheck?.mode else { return XCTFail("not at symptoms") }
    XCTAssertTrue(
      effects.contains {
        if case .guideAbandon = $0 { return true }
        return false
      })
    (state, _) = press(state, [.escape])
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
  }

  func test_onTerminalCheck_drawsTerminalWithKeyPath() throws {
    let (state, _) = press(try SelfCheckFixture.state(.zh), Array(permissionPath.prefix(4)))
    let text = state.screenText
    XCTAssertTrue(text.contains("在终端上按：[6 管理] → [4 交易权限]"), text)
    XCTAssertTrue(text.contains("POS"), text)
    let (en, _) = press(try SelfCheckFixture.state(.en), Array(permissionPath.prefix(4)))
    for key in ["On the terminal press: [6 Management]", "→ [4 Permissions]"] {
      XCTAssertTrue(en.screenText.contains(key), en.screenText)
    }
  }

  func test_onTerminalCheck_panelShowsTheLiveUnitAtTheStepsNode() throws {
    func panel(_ faults: Set<ScanFault>) throws -> String {
      let state = AppState(
        language: .zh, size: ScreenSize(width: 80, height: 24),
        options: ConsoleOptions(faults: faults), resources: try SelfCheckFixture.resources())
      let (checking, _) = press(state, Array(permissionPath.prefix(4)))
      guard let step = checking.selfCheck?.engine?.currentStep, case .terminalCheck = step.kind,
        step.binding.node == "manage.permissions"
      else {
        XCTFail("not at the permissions check: \(checking.screenText)")
        return ""
      }
      return checking.screenText
    }
    let closed = try panel([.permissionOff])
    XCTAssertTrue(closed.contains("扫码交易：未开通"), closed)
    XCTAssertTrue(closed.contains("刷卡交易：已开通"), closed)
    let open = try panel([])
    XCTAssertTrue(open.contains("扫码交易：已开通"), open)
    XCTAssertFalse(open.contains("未开通"), open)
  }

  func test_summaryToggleListsAnswers_andChangingOneRecomputesPath() throws {
    var (state, _) = press(try SelfCheckFixture.state(.en), permissionPath)
    (state, _) = press(state, [.tab])
    var text = state.screenText
    XCTAssertTrue(text.contains("Answers so far"), text)
    XCTAssertTrue(text.contains("→ The screen is on and the keys respond"), text)
    XCTAssertTrue(text.contains("→ Scan payment: off"), text)
    // Pick answer 3 (the permission check) and say it is on: 58 with the permission on is
    // the host refusing, so the path moves to customer service.
    var effects: [AppEffect]
    (state, effects) = press(state, [.character("3")])
    XCTAssertTrue(state.screenText.contains("Change the answer to step 3"), state.screenText)
    (state, effects) = press(state, [.character("2")])
    XCTAssertEqual(state.selfCheck?.engine?.currentStepID, "escalate.customer-service")
    XCTAssertEqual(effects.compactMap(\.savedEngine).last?.path.count, 3)
    (state, _) = press(state, [.tab])
    text = state.screenText
    XCTAssertTrue(text.contains("→ Scan payment: on"), text)
    (state, _) = press(state, [.tab])
    guard case .step? = state.selfCheck?.mode else { return XCTFail("not back at the step") }
  }

  func test_versionInput_typedBelowMinimumLeadsToUpdate() throws {
    // Payment fails with "unsupported code"; a WeChat code typed in leads to the version.
    var (state, _) = press(
      try SelfCheckFixture.state(.zh),
      [.character("4"), .character("3"), .character("3")] + typing("134567890123456789")
        + [.enter])
    XCTAssertTrue(state.screenText.contains("[6 管理] → [3 版本信息]"), state.screenText)
    (state, _) = press(state, typing("1.x") + [.enter])
    XCTAssertEqual(state.selfCheck?.engine?.currentStepID, "fw.version")
    XCTAssertTrue(state.screenText.contains("请输入数字和点组成的版本号"), state.screenText)
    (state, _) = press(state, [.backspace] + typing("5.0"))
    XCTAssertTrue(state.screenText.contains("[ 1.5.0"), state.screenText)
    (state, _) = press(state, [.enter])
    XCTAssertEqual(state.selfCheck?.engine?.currentStepID, "fw.update")
  }

  func test_paymentCodeInput_selfMadeQRIsUnsupported() throws {
    var (state, _) = press(
      try SelfCheckFixture.state(.en), [.character("4"), .character("4"), .character("4")])
    XCTAssertEqual(state.selfCheck?.engine?.currentStepID, "code.enter")
    (state, _) = press(state, typing("https://shop.example/pay?id=1") + [.enter])
    XCTAssertEqual(state.selfCheck?.engine?.currentStepID, "verdict.unsupported-code")
    let summary = state.selfCheck?.engine?.summary.last?.answer(.en) ?? ""
    XCTAssertTrue(summary.contains("unsupported code"), summary)
  }

  func test_paymentCodeInput_withoutCodeTable_saysSoInsteadOfFailing() throws {
    var resources = try SelfCheckFixture.resources()
    resources.codes = nil
    var (state, _) = press(
      try SelfCheckFixture.state(.zh, resources: resources),
      [.character("4"), .character("4"), .character("4")] + typing("134567890123456789"))
    (state, _) = press(state, [.enter])
    XCTAssertEqual(state.selfCheck?.engine?.currentStepID, "code.enter")
    XCTAssertTrue(state.screenText.contains("付款码表没有载入"), state.screenText)
  }

  func test_floodOfTypedInput_isCappedAndNeverCrashes() throws {
    var (state, _) = press(
      try SelfCheckFixture.state(.en), [.character("4"), .character("4"), .character("4")])
    (state, _) = press(state, Array(repeating: .character("9"), count: 2000))
    XCTAssertEqual(state.selfCheck?.field.text.count, PaymentCodeTable.maximumCodeLength)
    XCTAssertEqual(view(state).lines().count, 24)
  }

  func test_unfinishedSession_offeredOnEntry4_andResumedAtSameStep() throws {
    let (played, effects) = press(
      try SelfCheckFixture.state(.zh), Array(permissionPath.prefix(4)))
    let engine = try XCTUnwrap(effects.compactMap(\.savedEngine).last)
    let id = try XCTUnwrap(played.selfCheck?.sessionID)
    var resources = try SelfCheckFixture.resources()
    resources.unfinishedGuide = ResumableGuideSession(
      record: GuideSessionRecord(
        id: id, guideID: engine.guide.id, symptom: engine.start.symptom,
        startedAt: engine.startedAt, updatedAt: engine.startedAt, finishedAt: nil, state: .open),
      answers: engine.path)
    var (state, _) = press(
      try SelfCheckFixture.state(.zh, resources: resources), [.character("4")])
    let text = state.screenText
    XCTAssertTrue(text.contains("有一次自检还没做完"), text)
    XCTAssertTrue(text.contains("已回答 2 步"), text)
    (state, _) = press(state, [.character("1")])
    XCTAssertEqual(state.selfCheck?.engine?.currentStepID, "perm.check")
    XCTAssertEqual(state.selfCheck?.engine?.path, engine.path)
    XCTAssertEqual(state.selfCheck?.sessionID, id)
    XCTAssertNil(state.resources.unfinishedGuide)
  }

  func test_unfinishedSession_startOverAbandonsIt() throws {
    var resources = try SelfCheckFixture.resources()
    resources.unfinishedGuide = ResumableGuideSession(
      record: GuideSessionRecord(
        id: "old", guideID: "scan-selfcheck", symptom: "no-response",
        startedAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0),
        finishedAt: nil, state: .open), answers: [])
    let (state, effects) = press(
      try SelfCheckFixture.state(.en, resources: resources), [.character("4"), .character("2")])
    XCTAssertTrue(state.screenText.contains("What is happening?"), state.screenText)
    XCTAssertTrue(
      effects.contains {
        if case .guideAbandon(let id, _) = $0 { return id == "old" }
        return false
      })
  }

  func test_noGuidesLoaded_saysWhatFailedAndEscReturnsHome() throws {
    var resources = Resources()
    resources.problems = ["guides/: not found (set POS_CONSOLE_HOME)"]
    var (state, _) = press(
      try SelfCheckFixture.state(.zh, resources: resources), [.character("4"), .character("1")])
    XCTAssertTrue(state.screenText.contains("自检指南没有载入"), state.screenText)
    XCTAssertTrue(state.screenText.contains("guides/: not found"), state.screenText)
    (state, _) = press(state, [.escape])
    guard state.screen.shown(HomeScreen.self) != nil else { return XCTFail("\(state.screen)") }
  }

  func test_saveFailure_isShownOnScreen() throws {
    var (state, _) = press(try SelfCheckFixture.state(.en), [.character("4"), .character("1")])
    (state, _) = update(state, .guideStoreFailed("disk full"))
    XCTAssertTrue(state.screenText.contains("Could not save: disk full"), state.screenText)
  }

  func test_everySelfCheckScreenFitsAt60x20() throws {
    var state = try SelfCheckFixture.state(.zh)
    state.size = ScreenSize(width: 60, height: 20)
    for key in permissionPath + [.tab] {
      (state, _) = update(state, .key(key))
      let lines = view(state).lines()
      XCTAssertEqual(lines.count, 20)
      XCTAssertTrue(lines[19].contains("Esc"), lines.joined(separator: "\n"))
    }
  }
}
