import Model
import XCTest

final class GuideProverTests: XCTestCase {
  private func walk(_ faults: Set<ScanFault>, source: String = GuideFixtures.shippedSource)
    throws -> ProverWalk
  {
    let guide = try GuideLibrary.guide(source: source, file: "scan-selfcheck.toml")
    let name = faults.sorted().map(\.rawValue).joined(separator: "+")
    let proverCase = ProverCase(
      source: "fault", name: name, expected: faults.sorted().map(ProverCase.verdict),
      state: .with(faults: faults))
    return GuideProver(guide: guide).walk(proverCase)
  }

  func testEverySimulatorFaultIsFoundByAnHonestWalkOfTheShippedGuide() throws {
    let guide = try GuideFixtures.shippedGuide()
    let report = ProverReport(guide: guide, cases: ProverCase.everyFault)
    for walk in report.walks {
      XCTAssertTrue(walk.right, "\(walk.case.name): \(walk.end) via \(walk.path)")
      XCTAssertEqual(walk.verdicts.last, walk.case.expected.first)
    }
    XCTAssertEqual(report.exitCode, 0)
  }

  func testLowLightIsFoundByLookingAtTheLightAndMovingToBetterLight() throws {
    let walk = try walk([.lowLight])
    XCTAssertTrue(walk.right)
    XCTAssertEqual(walk.start, "light-no-read")
    XCTAssertTrue(walk.path.contains("read.light"))
    XCTAssertTrue(walk.path.contains("read.more-light"))
    XCTAssertEqual(walk.verdicts, ["verdict.low-light"])
  }

  func testAWrongMappingMakesTheFaultUnfound() throws {
    // Swap what "dim" and "glaring" stand for on the light question.
    let source = GuideFixtures.shippedSource
      .replacingOccurrences(of: "next = \"read.more-light\", value = \"dim\"", with: "X1")
      .replacingOccurrences(of: "value = \"glaring\"", with: "value = \"dim\"")
      .replacingOccurrences(of: "X1", with: "next = \"read.more-light\", value = \"glaring\"")
    XCTAssertNotEqual(source, GuideFixtures.shippedSource)
    let walk = try walk([.lowLight], source: source)
    XCTAssertFalse(walk.right)
    XCTAssertFalse(walk.verdicts.contains("verdict.low-light"), "\(walk.path)")
    let report = ProverReport(
      guide: try GuideLibrary.guide(source: source, file: "t.toml"), cases: ProverCase.everyFault)
    XCTAssertEqual(report.exitCode, 1)
  }

  func testAnUnboundQuestionStopsTheWalkThere() throws {
    let source = GuideFixtures.shippedSource.replacingOccurrences(
      of: "observe = \"look.light\"\n", with: "")
    let walk = try walk([.lowLight], source: source)
    XCTAssertEqual(walk.end, .unbound("read.light"))
  }

  func testTwoFaultsAreBothPutRightOrTheWalkSaysWhatIsLeft() throws {
    let both = try walk([.lensDirty, .lowLight])
    XCTAssertTrue(both.right, "\(both.end)")
    // Scan permission is invisible to a customer paying by card: it is reported, not hidden.
    var state = ShopState.with(faults: [.permissionOff, .cardPermissionOff])
    state.paysByCard = true
    let guide = try GuideFixtures.shippedGuide()
    let card = GuideProver(guide: guide).walk(
      ProverCase(
        source: "scenario", name: "both-off",
        expected: ["verdict.card-permission-off", "verdict.permission-off"], state: state))
    XCTAssertEqual(card.end, .leftUnfound([.permissionOff]))
    XCTAssertFalse(card.right)
  }

  /// The update needs the link: a failed one looks at the network before customer service,
  /// so old firmware behind a weak signal is found instead of handed over.
  func testAFailedFirmwareUpdate_checksTheNetwork_beforeCustomerService() throws {
    let both = try walk([.firmwareOld, .weakSignal])
    XCTAssertTrue(both.right, "\(both.end) via \(both.path)")
    XCTAssertEqual(both.end, .solved)
    XCTAssertTrue(both.path.contains("fw.update-network"), "\(both.path)")
    XCTAssertEqual(both.verdicts, ["verdict.firmware-old"])
  }

  func testAWalkReplaysForTheSameSeed() throws {
    let guide = try GuideFixtures.shippedGuide()
    let first = ProverReport(guide: guide, cases: ProverCase.everyFault, seed: 9)
    let second = ProverReport(guide: guide, cases: ProverCase.everyFault, seed: 9)
    XCTAssertEqual(first, second)
  }
}

final class GuideProverSeedTests: XCTestCase {
  /// Wiping the window before anyone looks at it lets a lucky read right after the wipe pass
  /// low light off as a dirty window. One seed can hide that; several runs find it. The
  /// shipped guide looks first, and proves on every run.
  func testSeveralRunsCatchAVerdictReachedByALuckyRead() throws {
    let cases = ProverCase.everyFault.filter { $0.name == "low-light" || $0.name == "glare" }
    let shipped = try GuideFixtures.shippedGuide()
    XCTAssertTrue(ProverReport(guide: shipped, cases: cases, seed: 1, runs: 40).passed)
    let wipeFirst = GuideFixtures.shippedSource.replacingOccurrences(
      of: "step = \"read.window\"", with: "step = \"read.wipe\"")
    let guide = try GuideLibrary.guide(source: wipeFirst, file: "t.toml")
    XCTAssertTrue(ProverReport(guide: guide, cases: cases, seed: 1).passed)
    let many = ProverReport(guide: guide, cases: cases, seed: 1, runs: 40)
    XCTAssertEqual(many.walks.first?.end, .wrongVerdict("verdict.lens-dirty"))
    XCTAssertNotEqual(many.walks.first?.seed, 1)
    XCTAssertEqual(many.exitCode, 1)
  }
}
