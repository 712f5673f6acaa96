import XCTest

@testable import Model

/// Scenario files: parsing, and validation against the guides and the fault list.
final class TrainingScenarioTests: XCTestCase {
  private var scenariosDirectory: String { GuideFixtures.repositoryRoot + "/guides/scenarios" }

  private func source(
    faults: String = "[\"permission-off\"]", cause: String = "verdict.permission-off",
    steps: String = "5"
  ) -> String {
    """
    # test
    [[scenario]]
    id = "t1"
    title = { zh = "测试", en = "Test" }
    faults = \(faults)
    presents = "wechat"
    cause = "\(cause)"
    par = { steps = \(steps), seconds = 60 }
    hints = [{ zh = "提示", en = "Hint" }]
    """
  }

  func test_shippedScenarios_loadValidateCleanAndCoverEveryFault() throws {
    let loaded = TrainingScenarioParser.load(directory: scenariosDirectory)
    XCTAssertEqual(loaded.errors, [])
    let guide = try GuideFixtures.shippedGuide()
    let codes = try TerminalFixture.codes()
    let findings = TrainingScenarioValidator.findings(
      loaded.scenarios, guides: [guide], sampleIDs: codes.samples.map(\.id))
    XCTAssertEqual(findings.map(\.description), [])
    XCTAssertEqual(TrainingScenarioValidator.uncoveredFaults(loaded.scenarios), [])
    XCTAssertGreaterThanOrEqual(loaded.scenarios.filter { $0.faults.count >= 2 }.count, 2)
    XCTAssertTrue(loaded.scenarios.allSatisfy { !$0.hints.isEmpty })
  }

  func test_parser_readsEveryField() throws {
    let s = try XCTUnwrap(TrainingScenarioParser.scenarios(source: source(), file: "t.toml").first)
    XCTAssertEqual(s.id, "t1")
    XCTAssertEqual(s.faults, [.permissionOff])
    XCTAssertEqual(s.presents, .walletCode("wechat"))
    XCTAssertEqual(s.par, TrainingPar(steps: 5, seconds: 60))
    XCTAssertEqual(s.hints.first?.en, "Hint")
    XCTAssertEqual(s.line, 2)
    XCTAssertEqual(s.line(of: "cause"), 7)
  }

  func test_parser_malformedNumber_namesFileLineAndField() {
    XCTAssertThrowsError(
      try TrainingScenarioParser.scenarios(source: source(steps: "\"five\""), file: "t.toml")
    ) { error in
      let e = error as? TrainingScenarioError
      XCTAssertEqual(e?.file, "t.toml")
      XCTAssertEqual(e?.line, 8)
      XCTAssertEqual(e?.field, "scenario[1].par.steps")
    }
  }

  func test_parser_brokenTOML_givesALineNotACrash() {
    XCTAssertThrowsError(
      try TrainingScenarioParser.scenarios(source: "[[scenario]\nid = ", file: "b.toml")
    ) { error in
      XCTAssertEqual((error as? TrainingScenarioError)?.field, "(syntax)")
    }
  }

  func test_validator_reportsUnknownFaultUnknownVerdictAndUnreachableVerdict_withLines() throws {
    var guide = try GuideFixtures.shippedGuide()
    // An extra verdict nothing links to: it exists but no path reaches it.
    let orphan = GuideStep(
      id: "verdict.orphan",
      kind: .verdict(GuideVerdict(fix: LocalizedText(zh: "修", en: "Fix"), ifNotFixed: nil)),
      topics: [.device], title: nil, text: LocalizedText(zh: "孤", en: "Orphan"), line: 999)
    guide = Guide(
      id: guide.id, title: guide.title, starts: guide.starts, steps: guide.steps + [orphan],
      file: guide.file, line: guide.line)
    let scenarios =
      try TrainingScenarioParser.scenarios(
        source: source(faults: "[\"no-such-fault\"]"), file: "a.toml")
      + TrainingScenarioParser.scenarios(source: source(cause: "verdict.nope"), file: "b.toml")
      + TrainingScenarioParser.scenarios(source: source(cause: "verdict.orphan"), file: "c.toml")
      + TrainingScenarioParser.scenarios(source: source(cause: "noresp.screen"), file: "d.toml")
    let findings = TrainingScenarioValidator.findings(scenarios, guides: [guide])
    XCTAssertEqual(
      findings.map(\.kind),
      [
        .unknownFault("no-such-fault"), .duplicateID, .unknownVerdict("verdict.nope"), .duplicateID,
        .unreachableVerdict("verdict.orphan"), .duplicateID, .notAVerdict("noresp.screen"),
      ])
    XCTAssertTrue(findings[0].description.hasPrefix("a.toml:5: scenario t1: unknown fault"))
    XCTAssertTrue(findings[2].description.hasPrefix("b.toml:7: "))
  }
}
