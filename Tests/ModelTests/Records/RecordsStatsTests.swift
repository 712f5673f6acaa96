import Foundation
import Model
import XCTest

final class RecordsStatsTests: XCTestCase {
  func test_eachStartCountsItsOutcomes_andTimesOnlyResolvedSessions() throws {
    let fixture = try RecordsFixture()
    for (index, seconds) in [60.0, 120, 180, 240, 600].enumerated() {
      try fixture.session(
        "r\(index)", outcome: "resolved", step: "verdict.lens-dirty", seconds: seconds)
    }
    try fixture.session("e", outcome: "escalated", step: "escalate.95016", seconds: 9_000)
    try fixture.session("a", outcome: "abandoned", step: "read.light")
    try fixture.session("n", outcome: "not-resolved", step: "verdict.glare")
    try fixture.session("o", outcome: nil)
    try fixture.session(
      "p", start: "payment-fails", outcome: "resolved", step: "verdict.code-expired")

    let stats = try fixture.stats()
    XCTAssertEqual(stats.sessions, 10)
    let light = try XCTUnwrap(stats.starts.first { $0.start == "light-no-read" })
    XCTAssertEqual(
      [light.resolved, light.escalated, light.abandoned, light.notResolved, light.open],
      [5, 1, 1, 1, 1])
    // Nearest rank over 60, 120, 180, 240, 600: the median is the 3rd, the 90th percentile
    // the 5th; the escalated 9,000 s is not a time to a working unit.
    XCTAssertEqual(light.medianSeconds ?? 0, 180, accuracy: 0.01)
    XCTAssertEqual(light.p90Seconds ?? 0, 600, accuracy: 0.01)
    XCTAssertEqual(stats.starts.first?.start, "light-no-read", "the busiest start first")
    XCTAssertEqual(stats.endings, [RecordsStats.Tally(name: "read.light", count: 1)])
    XCTAssertEqual(stats.verdicts.first, RecordsStats.Tally(name: "verdict.lens-dirty", count: 5))
  }

  func test_quantilesByNearestRank_atTheEdges() {
    XCTAssertNil(Quantile.nearestRank(0.5, ofSorted: []))
    XCTAssertEqual(Quantile.nearestRank(0.5, ofSorted: [7]), 7)
    XCTAssertEqual(Quantile.nearestRank(0.5, ofSorted: [1, 2]), 1)
    XCTAssertEqual(Quantile.nearestRank(0.9, ofSorted: Array(1...10).map(Double.init)), 9)
    XCTAssertEqual(Quantile.nearestRank(0.9, ofSorted: Array(1...11).map(Double.init)), 10)
  }

  func test_aUnitWithThreeHardwareVerdictsIn30Days_isFlagged_twoOrOlderAreNot() throws {
    let fixture = try RecordsFixture()
    for day in [1.0, 10, 29.9] {
      try fixture.session(
        "a\(day)", outcome: "escalated", step: "verdict.camera-broken", daysAgo: day, terminal: "A")
    }
    for day in [1.0, 10] {
      try fixture.session(
        "b\(day)", outcome: "escalated", step: "verdict.camera-broken", daysAgo: day, terminal: "B")
    }
    // The third is 30 days and one minute old: outside the window.
    try fixture.session(
      "b3", outcome: "escalated", step: "verdict.camera-broken", daysAgo: 30.001, terminal: "B")
    try fixture.session("c", outcome: "resolved", step: "verdict.lens-dirty", terminal: "C")

    let stats = try fixture.stats()
    let a = try XCTUnwrap(stats.terminals.first { $0.terminal == "A" })
    let b = try XCTUnwrap(stats.terminals.first { $0.terminal == "B" })
    XCTAssertTrue(a.flagged)
    XCTAssertEqual(a.hardwareLast30Days, 3)
    XCTAssertEqual(a.merchantNumber, "822581054110001")
    XCTAssertFalse(b.flagged)
    XCTAssertEqual(b.hardwareLast30Days, 2)
    XCTAssertEqual(stats.terminals.first?.terminal, "A", "a flagged unit is listed first")
    XCTAssertEqual(b.causes, [RecordsStats.Tally(name: "verdict.camera-broken", count: 3)])
    XCTAssertEqual(
      try XCTUnwrap(stats.terminals.first { $0.terminal == "C" }).causes,
      [RecordsStats.Tally(name: "verdict.lens-dirty", count: 1)])
  }

  func test_aFailedStartPutRightAtAnotherWithin15Minutes_countsAsAWrongStart() throws {
    let fixture = try RecordsFixture()
    // Operator 02: gave up at light-no-read, then payment-fails resolved 15 min later exactly.
    try fixture.session(
      "w1", outcome: "abandoned", step: "read.light", daysAgo: 2, operatorID: "02")
    try fixture.session(
      "w2", start: "payment-fails", outcome: "resolved", step: "verdict.code-expired",
      daysAgo: 2 - 900.0 / 86_400, operatorID: "02")
    // Operator 03: the same, but 15 min and 1 s later: not counted.
    try fixture.session("x1", outcome: "abandoned", daysAgo: 5, terminal: "T3", operatorID: "03")
    try fixture.session(
      "x2", start: "payment-fails", outcome: "resolved", daysAgo: 5 - 901.0 / 86_400,
      terminal: "T3",
      operatorID: "03")
    let stats = try fixture.stats(scenarios: ["verdict.code-expired": ["code-expired"]])
    let two = try XCTUnwrap(stats.operators.first { $0.operatorID == "02" })
    let three = try XCTUnwrap(stats.operators.first { $0.operatorID == "03" })
    XCTAssertEqual(two.wrongStarts, 1)
    XCTAssertEqual(two.rightStarts, [RecordsStats.Tally(name: "payment-fails", count: 1)])
    XCTAssertEqual(two.practise, ["code-expired"])
    XCTAssertEqual(three.wrongStarts, 0)
    XCTAssertEqual(three.abandoned, 1)
  }

  func test_sinceAndUntil_keepOnlyTheSessionsStartedInside() throws {
    let fixture = try RecordsFixture()
    try fixture.session("old", outcome: "resolved", daysAgo: 40)
    try fixture.session("mid", outcome: "resolved", daysAgo: 20)
    try fixture.session("new", outcome: "resolved", daysAgo: 1)
    let now = RecordsFixture.now
    let stats = try fixture.stats(
      since: now.addingTimeInterval(-40 * 86_400), until: now.addingTimeInterval(-86_400))
    // since is inclusive, until exclusive.
    XCTAssertEqual(stats.sessions, 2)
  }

  func test_resolutionPerGuideVersion() throws {
    let fixture = try RecordsFixture()
    try fixture.session("a", outcome: "resolved", version: "v1")
    try fixture.session("b", outcome: "abandoned", version: "v1")
    try fixture.session("c", outcome: "resolved", version: "v2")
    try fixture.session("d", outcome: "resolved", version: nil)
    let stats = try fixture.stats()
    XCTAssertEqual(
      stats.guideVersions,
      [
        .init(version: "", sessions: 1, resolved: 1),
        .init(version: "v1", sessions: 2, resolved: 1),
        .init(version: "v2", sessions: 1, resolved: 1),
      ])
  }
}
