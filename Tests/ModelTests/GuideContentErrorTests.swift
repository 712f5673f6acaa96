import Model
import XCTest

/// Each content error found by walking the first round's guide as a cashier would, held by
/// a test against the shipped guide (or a prover walk of a shop that shows it).
final class GuideContentErrorTests: XCTestCase {
  private func guide() throws -> Guide { try GuideFixtures.shippedGuide() }

  private func option(_ step: String, value: String, in guide: Guide) -> GuideOption? {
    guide.step(step)?.kind.options.first { $0.values.contains(value) }
  }

  /// Every step reachable from `from`, not passing through `from` again.
  private func reachable(from start: String, in guide: Guide) -> Set<String> {
    var seen: Set<String> = []
    var queue = guide.step(start)?.successors ?? []
    while let id = queue.popLast() {
      guard seen.insert(id).inserted, let step = guide.step(id) else { continue }
      queue += step.successors
    }
    return seen
  }

  private func walk(_ state: ShopState, expecting verdict: String) throws -> ProverWalk {
    let result = GuideProver(guide: try guide()).prove(
      ProverCase(source: "test", name: verdict, expected: [verdict], state: state))
    return try XCTUnwrap(result.walks.first)
  }

  func test_jdBaitiaoIsNamedAsTaken_andAnUnknownCodeIsNotCalledUnsupported() throws {
    let guide = try guide()
    guard case .verdict = guide.step("verdict.unsupported-code")?.kind,
      let text = guide.step("verdict.unsupported-code")?.text
    else { return XCTFail("no unsupported-code verdict") }
    XCTAssertTrue(text.zh.contains("京东白条"), text.zh)
    XCTAssertTrue(text.en.contains("JD Baitiao"), text.en)
    guard case .input(.paymentCode(let input))? = guide.step("code.enter")?.kind else {
      return XCTFail("code.enter is not a payment-code input")
    }
    XCTAssertNotEqual(input.unknown, "verdict.unsupported-code")
    XCTAssertEqual(input.unknown, "fw.version")
  }

  func test_58WithThePermissionOn_goesToCustomerService_notOnToFirmware() throws {
    let guide = try guide()
    XCTAssertEqual(option("perm.check", value: "on", in: guide)?.next, "escalate.customer-service")
  }

  /// The article: on a system error, call customer service to check whether the merchant is
  /// flagged as risky. Its own verdict says so; it is not declared a risk hold at the counter.
  func test_systemError_asksCustomerServiceAboutTheMerchantsRisk_notDeclaredARiskHold() throws {
    let guide = try guide()
    let systemError = try XCTUnwrap(option("fail.message", value: "system-error", in: guide))
    XCTAssertTrue(systemError.label.zh.contains("系统错误"))
    XCTAssertTrue(systemError.label.zh.contains("96"))
    XCTAssertEqual(systemError.next, "verdict.system-error")
    XCTAssertEqual(
      option("all.card-message", value: "system-error", in: guide)?.next, systemError.next)
    guard case .verdict(let verdict)? = guide.step("verdict.system-error")?.kind else {
      return XCTFail("no system-error verdict")
    }
    XCTAssertTrue(verdict.fix.zh.contains("95016") && verdict.fix.zh.contains("风控"), verdict.fix.zh)
    let risk = try XCTUnwrap(option("fail.message", value: "merchant", in: guide))
    XCTAssertFalse(risk.label.zh.contains("系统错误"), risk.label.zh)
  }

  func test_flatBattery_isFoundAsAFlatBattery_notSentToRepair() throws {
    var state = ShopState()
    state.battery = .flat
    let walk = try walk(state, expecting: "verdict.flat-battery")
    XCTAssertEqual(walk.end, .solved, "\(walk.path)")
    XCTAssertEqual(walk.verdicts, ["verdict.flat-battery"])
    XCTAssertFalse(walk.path.contains("escalate.after-sales"))
  }

  func test_frozenScreen_isRestarted_notKeyTested() throws {
    var state = ShopState()
    state.screenWorks = false
    let walk = try walk(state, expecting: "verdict.restart-fixed")
    XCTAssertEqual(walk.end, .solved, "\(walk.path)")
    XCTAssertEqual(walk.path, ["noresp.screen", "restart.device", "verdict.restart-fixed"])
    let guide = try guide()
    XCTAssertEqual(option("all.card-message", value: "frozen", in: guide)?.next, "restart.device")
  }

  func test_aBlockingShopFirewall_isFoundByTryingMobileData_withoutAskingTheCashier() throws {
    let guide = try guide()
    XCTAssertFalse(guide.steps.contains { $0.binding.observe == "ask.firewall" })
    var state = ShopState()
    state.network.firewallBlocks = true
    let walk = try walk(state, expecting: "verdict.firewall")
    XCTAssertEqual(walk.end, .solved, "\(walk.path)")
    XCTAssertTrue(walk.path.contains("net.mobile"), "\(walk.path)")
  }

  func test_afterATimeout_theCustomerChecksForACharge_beforeAnythingIsRetried() throws {
    let guide = try guide()
    let status = try XCTUnwrap(guide.step("net.status"))
    XCTAssertTrue(status.text.zh.contains("扣款"), status.text.zh)
    XCTAssertTrue(status.text.en.contains("charged"), status.text.en)
    // The look-up names the profile's real menu.
    XCTAssertTrue(status.text.zh.contains("5 交易查询 → 1 当日交易"), status.text.zh)
    XCTAssertEqual(option("fail.message", value: "timeout", in: guide)?.next, "net.status")
  }

  func test_waitingForThePassword_neverLeadsBackToTheMessageQuestion() throws {
    XCTAssertFalse(
      reachable(from: "fail.wait-password", in: try guide()).contains("fail.message"))
  }

  func test_wrongKeyNotFixed_testsTheKeys_notTheWindow() throws {
    guard case .verdict(let verdict)? = try guide().step("verdict.wrong-key")?.kind else {
      return XCTFail("no wrong-key verdict")
    }
    XCTAssertEqual(verdict.ifNotFixed, "device.keys")
  }

  func test_wrongPINAndInsufficientFunds_neverSendTheCashierTo95016() throws {
    let guide = try guide()
    let escalations = Set(guide.steps.filter { $0.kind == .escalate }.map(\.id))
    for verdict in ["verdict.wrong-pin", "verdict.insufficient-funds"] {
      XCTAssertTrue(reachable(from: verdict, in: guide).isDisjoint(with: escalations), verdict)
      XCTAssertFalse(guide.step(verdict)?.texts.contains { $0.zh.contains("95016") } ?? true)
    }
  }

  func test_noStepAsksAboutAFactoryResetOrAnExport_andTheBackupIsSettleAndPhotograph() throws {
    let guide = try guide()
    XCTAssertFalse(guide.steps.contains { $0.binding.observe == "ask.told-reset" })
    for step in guide.steps {
      for text in step.texts {
        XCTAssertFalse(text.zh.contains("导出"), "\(step.id): \(text.zh)")
        XCTAssertFalse(text.en.lowercased().contains("export"), "\(step.id): \(text.en)")
      }
    }
    let service = try XCTUnwrap(guide.step("escalate.customer-service")?.text)
    XCTAssertTrue(service.zh.contains("不要自己恢复出厂设置"), service.zh)
    XCTAssertTrue(service.zh.contains("6 管理 → 1 结算"), service.zh)
    XCTAssertTrue(service.zh.contains("拍照"), service.zh)
  }

  func test_everyStart_firstSaysHowToTakeThePaymentAnotherWay() throws {
    for start in try guide().starts {
      let meanwhile = try XCTUnwrap(start.meanwhile, start.symptom)
      XCTAssertTrue(
        ["刷卡", "现金", "刷新"].contains { meanwhile.zh.contains($0) },
        "\(start.symptom): \(meanwhile.zh)")
      XCTAssertTrue(
        ["card", "cash", "refreshed"].contains { meanwhile.en.contains($0) },
        "\(start.symptom): \(meanwhile.en)")
    }
  }

  func test_everyMenuNameTheCashierReads_isOnTheSimulatedUnit() throws {
    let source = GuideFixtures.shippedSource
    // Both shipped profiles: a unit set up the other way must have the same menus.
    for name in ["lakala-dianqian", "lakala-decimal"] {
      let profile = try TerminalFixture.profile(name)
      XCTAssertEqual(
        GuideValidator.issues(source: source, file: "scan-selfcheck.toml", profile: profile), [],
        name)
    }
    // Named, no reference is left and every path is the profile's.
    for step in try guide().steps {
      for text in step.texts {
        XCTAssertFalse(text.zh.contains("{menu:"), "\(step.id): \(text.zh)")
      }
    }
    XCTAssertFalse(source.contains("系统更新"), "the unit has no 系统更新 menu")
    XCTAssertFalse(source.contains("通讯设置"), "the unit has no 通讯设置 menu")
  }

  func test_everyStart_offers95016WithinEightAnswers_andFindsEveryFault() throws {
    let guide = try guide()
    let scenarios = TrainingScenarioParser.load(
      directory: GuideFixtures.guidesDirectory + "/scenarios")
    XCTAssertTrue(scenarios.errors.isEmpty, "\(scenarios.errors)")
    let cases = ProverCase.everyFault + scenarios.scenarios.map(ProverCase.scenario)
    let report = ProverReport(guide: guide, cases: cases)
    XCTAssertTrue(report.passed, report.text())
    for figures in report.starts {
      XCTAssertLessThanOrEqual(figures.mostToCustomerService ?? 99, 8, figures.symptom)
      XCTAssertLessThanOrEqual(figures.maximumToRight ?? 0, 8, figures.symptom)
      XCTAssertLessThanOrEqual(figures.medianToRight ?? 0, 5, figures.symptom)
    }
  }
}
