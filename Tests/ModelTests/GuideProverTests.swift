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
    XCTAssertEqual(walk.path, ["read.window", "read.light", "verdict.low-light"])
    XCTAssertEqual(walk.verdicts, ["verdict.low-light"])
  }

  func testAWrongMappingMakesTheFaultUnfound() throws {
    // Swap what "dim" and "glaring" stand for on the light question.
    let source = GuideFixtures.shippedSource
      .replacingOccurrences(
        of: "next = \"verdict.low-light\", mark = \"problem\", value = \"dim\"", with: "X1"
      )
      .replacingOccurrences(of: "value = \"glaring\"", with: "value = \"dim\"")
      .replacingOccurrences(
        of: "X1", with: "next = \"verdict.low-light\", mark = \"problem\", value = \"glaring\"")
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
    XCTAssertEqual(both.verdicts, ["verdict.lens-dirty", "verdict.low-light"])
    // Everything failed, card too: once the card works the cashier tries a scan, which is
    // still off, so "not fixed" leads on to the scan permission.
    var state = ShopState.with(faults: [.permissionOff, .cardPermissionOff])
    state.paysByCard = true
    let guide = try GuideFixtures.shippedGuide()
    let card = GuideProver(guide: guide).walk(
      ProverCase(
        source: "scenario", name: "both-off",
        expected: ["verdict.card-permission-off", "verdict.permission-off"], state: state))
    XCTAssertEqual(card.end, .solved, "\(card.path)")
    XCTAssertEqual(card.verdicts, ["verdict.card-permission-off", "verdict.permission-off"])
    // Old firmware that today's codes do not need stays invisible: reported, not hidden.
    var hidden = ShopState.with(faults: [.cardPermissionOff])
    hidden.firmware = ShopState.oldFirmware
    let unseen = GuideProver(guide: guide).walk(
      ProverCase(
        source: "scenario", name: "hidden", expected: ["verdict.card-permission-off"],
        state: hidden))
    XCTAssertEqual(unseen.end, .leftUnfound([.firmwareOld]))
    XCTAssertFalse(unseen.right)
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
    let guide = try GuideLibrary.guide(source: Self.wipingBeforeLooking(), file: "t.toml")
    XCTAssertTrue(ProverReport(guide: guide, cases: cases, seed: 1).passed)
    let many = ProverReport(guide: guide, cases: cases, seed: 1, runs: 40)
    XCTAssertEqual(many.walks.first?.end, .wrongVerdict("verdict.lens-dirty"))
    XCTAssertNotEqual(many.walks.first?.seed, 1)
    XCTAssertEqual(many.exitCode, 1)
  }

  /// The shipped guide with its first light-no-read step turned into "wipe, then: does it
  /// read?" instead of looking at the window.
  private static func wipingBeforeLooking() -> String {
    let source = GuideFixtures.shippedSource
    guard let id = source.range(of: "id = \"read.window\""),
      let end = source.range(of: "[[step]]", range: id.upperBound..<source.endIndex)
    else { return source }
    let wiping = """
      id = "read.window"
      kind = "question"
      topics = ["cleaning"]
      action = "act.wipe-window"
      observe = "try.read"
      text = { zh = "擦净扫码窗再扫：能读到吗？", en = "Wipe the window and scan: does it read?" }
      options = [
        { zh = "能", en = "Yes", next = "verdict.lens-dirty", mark = "problem", value = "reads" },
        { zh = "不能", en = "No", next = "read.light", mark = "ok", value = "nothing" },
      ]


      """
    return source.replacingCharacters(in: id.lowerBound..<end.lowerBound, with: wiping)
  }
}
