import Model
import XCTest

/// The proof fails wrong guides: swapped labels, a verdict doing the wrong fix, a walk that
/// does harm, swapped verdict texts and start titles; and the case book covers every verdict.
final class GuideProverMustShowTests: XCTestCase {
  private func report(_ source: String) throws -> ProverReport {
    let guide = try GuideLibrary.guide(source: source, file: "t.toml")
    let book = ProverCaseBook.load(GuideFixtures.guidesDirectory + "/cases.toml")
    XCTAssertEqual(book.problems, [])
    return ProverReport(guide: guide, cases: book.cases)
  }

  private func result(_ report: ProverReport, _ name: String) throws -> ProverCaseResult {
    try XCTUnwrap(report.results.first { $0.case.name == name })
  }

  func testTheShippedGuidePassesEveryCaseOfTheBook() throws {
    let shipped = try report(GuideFixtures.shippedSource)
    XCTAssertTrue(shipped.passed, shipped.text())
    XCTAssertEqual(shipped.results.count, 47)
    XCTAssertEqual(shipped.coverage.unvisitedSteps, [])
  }

  /// A guide with a step no case walks fails: the proof says nothing about that branch.
  func testAStepNoCaseVisits_failsTheProof() throws {
    let extra =
      GuideFixtures.shippedSource + """

        [[step]]
        id = "lonely.step"
        kind = "verdict"
        topics = ["device"]
        title = { zh = "没人走到", en = "Never reached" }
        text = { zh = "没有。", en = "None." }
        fix = { zh = "没有。", en = "None." }

        """
    let lonely = try report(extra)
    XCTAssertEqual(lonely.coverage.unvisitedSteps, ["lonely.step"])
    XCTAssertFalse(lonely.passed)
  }

  func testEveryVerdictOfTheGuideHasACase() throws {
    let guide = try GuideFixtures.shippedGuide()
    let book = ProverCaseBook.load(GuideFixtures.guidesDirectory + "/cases.toml")
    let named = Set(book.cases.flatMap(\.expected))
    for step in guide.steps {
      guard case .verdict = step.kind else { continue }
      XCTAssertTrue(named.contains(step.id), "\(step.id) has no case")
    }
  }

  func testSwappedOptionLabels_areFindingsAtTheirLines_andMisleadTheWalk() throws {
    let smudged = "{ zh = \"有油膜、指印或灰\", en = \"A greasy film, fingerprints or dust\""
    let clean = "{ zh = \"干净透亮\", en = \"Clean and clear\""
    let source = GuideFixtures.shippedSource.replacingOccurrences(of: smudged, with: "X")
      .replacingOccurrences(of: clean, with: smudged).replacingOccurrences(of: "X", with: clean)
    XCTAssertNotEqual(source, GuideFixtures.shippedSource)
    let swapped = try report(source)
    XCTAssertFalse(swapped.passed)
    XCTAssertEqual(Set(swapped.labelFindings.map(\.step)), ["read.window"])
    XCTAssertEqual(try result(swapped, "lens-dirty").passed, false)
  }

  func testAVerdictDoingTheWrongFix_leavesTheShopBroken_andFails() throws {
    let source = GuideFixtures.shippedSource.replacingOccurrences(
      of: "id = \"verdict.lens-dirty\"\nkind = \"verdict\"\naction = \"act.wipe-window\"",
      with: "id = \"verdict.lens-dirty\"\nkind = \"verdict\"\naction = \"act.shade\"")
    XCTAssertNotEqual(source, GuideFixtures.shippedSource)
    let wrong = try report(source)
    let lens = try result(wrong, "lens-dirty")
    XCTAssertEqual(lens.probabilityRight, 0)
    XCTAssertFalse(wrong.passed)
  }

  func testAWalkThatDoesHarm_failsEvenAtTheRightVerdict() throws {
    // The restart of a frozen unit becomes a factory reset: the verdict is still right.
    let source = GuideFixtures.shippedSource.replacingOccurrences(
      of:
        "id = \"restart.device\"\nkind = \"question\"\ntopics = [\"restart\", \"device\"]\naction = \"act.restart\"",
      with:
        "id = \"restart.device\"\nkind = \"question\"\ntopics = [\"restart\", \"device\"]\naction = \"act.factory-reset\""
    )
    XCTAssertNotEqual(source, GuideFixtures.shippedSource)
    let harmful = try report(source)
    let frozen = try result(harmful, "screen-frozen")
    XCTAssertEqual(frozen.walks.first?.verdicts, ["verdict.restart-fixed"])
    XCTAssertEqual(frozen.walks.first?.end, .harm(["lost-unsettled-sales"]))
    XCTAssertFalse(frozen.passed)
    // Wrong PIN sent to 95016: the customer's card is no one's there to fix.
    let pin = GuideFixtures.shippedSource.replacingOccurrences(
      of: "next = \"verdict.wrong-pin\"", with: "next = \"escalate.customer-service\"")
    let called = try result(try report(pin), "wrong-pin")
    XCTAssertFalse(called.passed)
    guard case .harm(let harms)? = called.walks.first?.end else {
      return XCTFail("\(called.walks.first?.end as Any)")
    }
    XCTAssertTrue(harms.contains("wrong-party"), "\(harms)")
  }

  func testSwappedVerdictTexts_andSwappedStartTitles_fail() throws {
    let low = "title = { zh = \"光线太暗\", en = \"Too dark\" }"
    let glare = "title = { zh = \"强光反光\", en = \"Glare\" }"
    let texts = GuideFixtures.shippedSource.replacingOccurrences(of: low, with: "X")
      .replacingOccurrences(of: glare, with: low).replacingOccurrences(of: "X", with: glare)
    XCTAssertEqual(
      try result(try report(texts), "low-light").walks.first?.end,
      .saysOtherwise("verdict.low-light"))
    let light = "title = { zh = \"摄像头灯亮了，但读不出码\", en = \"Camera light is on, but nothing reads\" }"
    let nothing = "title = { zh = \"按扫码后没有任何反应\", en = \"Nothing happens when scanning\" }"
    let starts = GuideFixtures.shippedSource.replacingOccurrences(of: light, with: "X")
      .replacingOccurrences(of: nothing, with: light).replacingOccurrences(of: "X", with: nothing)
    XCTAssertNotEqual(starts, GuideFixtures.shippedSource)
    let swapped = try report(starts)
    XCTAssertFalse(try result(swapped, "lens-dirty").passed)
    XCTAssertFalse(try result(swapped, "battery-flat").passed)
  }

  func testARescanBeforeTheChargeCheck_isADoubleCharge() throws {
    let source = GuideFixtures.shippedSource.replacingOccurrences(
      of: "action = \"act.check-charge\"\n", with: ""
    ).replacingOccurrences(of: "\"act.check-charge\", ", with: "")
    let rescan = try report(source)
    let weak = try result(rescan, "weak-signal")
    XCTAssertFalse(weak.passed)
    XCTAssertTrue(
      weak.walks.contains {
        if case .harm(let h) = $0.end { h.contains("double-charge") } else { false }
      })
  }
}

/// Hostile walks: last option every time, every fix "not fixed".
final class GuideProverHostileTests: XCTestCase {
  func testEveryHostileWalkOfTheShippedGuideReaches95016WithinTheBound() throws {
    let guide = try GuideFixtures.shippedGuide()
    for start in guide.starts {
      let walk = ProverHostileWalk(guide: guide, start: start)
      XCTAssertTrue(walk.passed, "\(start.symptom): \(walk.path)")
      XCTAssertLessThanOrEqual(walk.answers, ProverHostileWalk.bound)
    }
  }

  func testAHostileWalkThatGoesRound_fails() throws {
    // "Still not" after the restart goes back to the first question.
    let source = GuideFixtures.shippedSource.replacingOccurrences(
      of: "{ zh = \"还是不行\", en = \"No\", next = \"escalate.customer-service\", mark = \"problem\"",
      with: "{ zh = \"还是不行\", en = \"No\", next = \"fail.message\", mark = \"problem\"")
    XCTAssertNotEqual(source, GuideFixtures.shippedSource)
    let guide = try GuideLibrary.guide(source: source, file: "t.toml")
    let start = try XCTUnwrap(guide.start("payment-fails"))
    let walk = ProverHostileWalk(guide: guide, start: start)
    XCTAssertNil(walk.reached, "\(walk.path)")
    XCTAssertFalse(walk.passed)
    XCTAssertFalse(ProverGuideChecks.findings(guide).filter { $0.contains("goes round") }.isEmpty)
  }
}
