import XCTest

@testable import Model

/// Two-fault scenarios: each real cause is right, the run goes on after the first, and the
/// harm a trainee does at the counter is judged from the shop as it was.
final class TrainingMultiCauseTests: XCTestCase {
  private let dirtyAndDark = TrainingScenario(
    id: "dirty-and-dark", title: LocalizedText(zh: "又脏又暗", en: "Dirty and dark"),
    faultIDs: ["lens-dirty", "low-light"], presents: .walletCode("wechat"),
    cause: "verdict.lens-dirty", par: TrainingPar(steps: 8, seconds: 300), hints: [])

  private func score(_ declared: [String], harmful: Set<HarmfulAction> = []) -> TrainingScore {
    TrainingScore(
      run: TrainingRun(
        declaredCauses: declared, steps: 1, seconds: 1, hintsUsed: 0, harmful: harmful),
      scenario: dirtyAndDark)
  }

  func test_eitherRealCause_isRight_andDeclaringBothCostsNothing() {
    XCTAssertEqual(dirtyAndDark.causes, ["verdict.lens-dirty", "verdict.low-light"])
    XCTAssertEqual(score(["verdict.low-light"]).points, 100)
    XCTAssertEqual(score(["verdict.lens-dirty", "verdict.low-light"]).points, 100)
    XCTAssertEqual(score(["verdict.low-light", "verdict.lens-dirty"]).points, 100)
    XCTAssertTrue(score(["verdict.low-light", "verdict.lens-dirty"]).passed)
    let wrong = score(["verdict.lens-dirty", "verdict.glare"])
    XCTAssertFalse(wrong.correct)
    XCTAssertEqual(wrong.points, 50)
  }

  func test_firstRightCause_putsItRightAndTheRunGoesOnForTheSecond() {
    let staged = ShopState().presenting(dirtyAndDark.presents).with(faults: dirtyAndDark.faults)
    let first = TrainingDeclaration(
      "verdict.low-light", earlier: [], scenario: dirtyAndDark, shop: staged)
    XCTAssertFalse(first.finished)
    XCTAssertEqual(first.remaining, [.lensDirty])
    XCTAssertEqual(first.shop.light, .normal, "the declared cause's fix is done")
    XCTAssertEqual(first.shop.window, .smudged, "the other fault still shows on the unit")
    let second = TrainingDeclaration(
      "verdict.lens-dirty", earlier: ["verdict.low-light"], scenario: dirtyAndDark,
      shop: first.shop)
    XCTAssertTrue(second.finished)
    XCTAssertEqual(second.remaining, [])
  }

  func test_aFaultTheTraineePutRightThemselves_needsNoDeclaring() {
    let staged = ShopState.with(faults: dirtyAndDark.faults)
    let wiped = ShopAction.wipeWindow.apply(to: staged)
    let declared = TrainingDeclaration(
      "verdict.low-light", earlier: [], scenario: dirtyAndDark, shop: wiped)
    XCTAssertTrue(declared.finished)
  }

  func test_wrongCause_endsTheRun_andChangesNothing() {
    let staged = ShopState.with(faults: dirtyAndDark.faults)
    let wrong = TrainingDeclaration(
      "verdict.glare", earlier: [], scenario: dirtyAndDark, shop: staged)
    XCTAssertTrue(wrong.finished)
    XCTAssertEqual(wrong.shop, staged)
  }

  func test_thirdRestart_isRepeatedPowerCycling() {
    var log = TrainingActionLog()
    let shop = ShopState.with(faults: [.cameraBroken])
    log.record(.restart, in: shop)
    log.record(.restart, in: shop)
    XCTAssertEqual(log.harmful, [])
    log.record(.restart, in: shop)
    XCTAssertEqual(log.harmful, [.repeatedPowerCycling])
  }

  func test_firmwareUpdateOnOneBar_isHarmful_afterAGoodLinkItIsNot() {
    let weak = ShopState.with(faults: [.firmwareOld, .weakSignal])
    var rushed = TrainingActionLog()
    rushed.record(.updateFirmware, in: weak)
    XCTAssertEqual(rushed.harmful, [.updateOnWeakSignal])
    XCTAssertEqual(ShopAction.updateFirmware.apply(to: weak).firmware, ShopState.oldFirmware)
    var careful = TrainingActionLog()
    let moved = ShopAction.nearRouter.apply(to: weak)
    careful.record(.nearRouter, in: weak)
    careful.record(.updateFirmware, in: moved)
    XCTAssertEqual(careful.harmful, [])
    XCTAssertEqual(ShopAction.updateFirmware.apply(to: moved).faults, [])
  }

  func test_calling95016_isNeedlessOnlyForWhatTheCounterFixes() {
    var dirty = TrainingActionLog()
    dirty.record(.callCustomerService, in: .with(faults: [.lensDirty]))
    XCTAssertEqual(dirty.harmful, [.needlessCall])
    var held = TrainingActionLog()
    held.record(.callCustomerService, in: .with(faults: [.merchantRiskHold]))
    held.record(.callCustomerService, in: .with(faults: [.lensDirty, .permissionOff]))
    XCTAssertEqual(held.harmful, [])
  }

  func test_harmfulActions_costTheirPoints() {
    XCTAssertEqual(score(["verdict.low-light"], harmful: [.updateOnWeakSignal]).points, 80)
    XCTAssertEqual(score(["verdict.low-light"], harmful: [.needlessCall]).points, 90)
  }

  func test_shippedTwoFaultScenarios_needBothCauses_andDuplicateNoSingleOne() throws {
    let directory = GuideFixtures.repositoryRoot + "/guides/scenarios"
    let scenarios = TrainingScenarioParser.load(directory: directory).scenarios
    let multi = scenarios.filter { $0.faults.count >= 2 }
    XCTAssertEqual(
      Set(multi.map(\.id)), ["dirty-and-dark", "scan-and-card-off", "old-firmware-weak-signal"])
    let singles = Set(scenarios.filter { $0.faults.count == 1 }.map(\.faults))
    for scenario in multi {
      XCTAssertFalse(singles.contains(scenario.faults), scenario.id)
      XCTAssertEqual(Set(scenario.causes), Set(scenario.faults.map(\.verdictID)), scenario.id)
      let staged = ShopState().presenting(scenario.presents).with(faults: scenario.faults)
      for fault in scenario.faults {
        // One cause put right: the other still shows on the unit, so the run must go on.
        let fixed = staged.fixing(fault)
        let stillFails =
          fixed.readOdds < 50 || fixed.payOutcome != .approved || fixed.cardOutcome != .approved
        XCTAssertTrue(stillFails, "\(scenario.id) after fixing \(fault)")
        let declared = TrainingDeclaration(
          fault.verdictID, earlier: [], scenario: scenario, shop: staged)
        XCTAssertFalse(declared.finished, "\(scenario.id): \(fault) alone does not solve it")
      }
    }
  }

  func test_report_listsEachTraineesHarmfulActions() {
    func result(_ harmful: [String]) -> TrainingResult {
      TrainingResult(
        trainee: "li", scenarioID: "camera-broken", topic: "camera", date: Date(), score: 90,
        correct: true, declaredVerdict: "verdict.camera-broken",
        expectedVerdict: "verdict.camera-broken", steps: 4, seconds: 60, hintsUsed: 0,
        harmful: harmful)
    }
    let report = TrainingReport(results: [
      result(["repeated-power-cycling"]), result(["repeated-power-cycling", "needless-call"]),
    ])
    XCTAssertTrue(
      report.text(.zh).contains("有害操作：反复重启 ×2，柜台能解决的问题打了 95016 ×1"),
      report.text(.zh))
    XCTAssertTrue(report.text(.en).contains("harmful: Repeated power cycling ×2"))
  }

  func test_twoCauseResult_keepsBothInItsRecord() {
    let run = TrainingRun(
      declaredCauses: ["verdict.low-light", "verdict.lens-dirty"], steps: 8, seconds: 200,
      hintsUsed: 0)
    let result = TrainingResult(
      trainee: "li", scenario: dirtyAndDark, topic: "optics", date: Date(), run: run,
      score: TrainingScore(run: run, scenario: dirtyAndDark))
    XCTAssertEqual(result.declaredVerdicts, ["verdict.low-light", "verdict.lens-dirty"])
    XCTAssertEqual(result.expectedVerdicts, ["verdict.lens-dirty", "verdict.low-light"])
    XCTAssertTrue(result.correct)
    XCTAssertTrue(
      TrainingReport(results: [result]).csv.contains("verdict.low-light;verdict.lens-dirty"))
  }

  func test_factoryReset_isHarmfulBeforeTheDayIsSettled_notAfter() {
    let shop = ShopState.with(faults: [.cameraBroken])
    var rushed = TrainingActionLog()
    rushed.record(.factoryReset, in: shop)
    XCTAssertEqual(rushed.harmful, [.factoryResetBeforeBackup])
    var careful = TrainingActionLog()
    careful.record(.settle, in: shop)
    careful.record(.factoryReset, in: ShopAction.settle.apply(to: shop))
    XCTAssertEqual(careful.harmful, [])
  }
}
