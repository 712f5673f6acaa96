import Foundation
import Model
import XCTest

final class CaseStoreTests: XCTestCase {
  private let opened = Date(timeIntervalSince1970: 1_782_000_000)

  private func handOff(_ id: String = "case-1") -> RecordedCase {
    RecordedCase(
      id: id, sessionID: "s1", openedAt: opened,
      context: SessionContext(
        terminalID: "10420001", operatorID: "01", merchantNumber: "822581054110001"),
      summary: "扫码无反应，已重启")
  }

  func test_aCaseIsOpenUntilItsOutcome_withItsTicketKept() throws {
    let store = CaseStore(database: try AppDatabase())
    try store.open(handOff())
    try store.recordTicket(
      case: "case-1", ticket: "T20261204-0042", told: "寄修", at: opened.addingTimeInterval(600))
    XCTAssertEqual(try store.openCases().map(\.ticket), ["T20261204-0042"])
    try store.close(case: "case-1", outcome: .sentForRepair, at: opened.addingTimeInterval(3_600))
    XCTAssertEqual(try store.openCases(), [])
    let closed = try XCTUnwrap(try store.recordedCase("case-1"))
    XCTAssertEqual(closed.outcome, .sentForRepair)
    XCTAssertEqual(closed.told, "寄修")
    XCTAssertEqual(closed.context.terminalID, "10420001")
    XCTAssertEqual(closed.ageSeconds(now: opened.addingTimeInterval(99_999)), 3_600)
  }

  func test_aClosedCaseKeepsItsOutcome_andAnUnknownCaseIsNamed() throws {
    let store = CaseStore(database: try AppDatabase())
    try store.open(handOff())
    try store.close(case: "case-1", outcome: .replaced, at: opened)
    XCTAssertThrowsError(try store.close(case: "case-1", outcome: .fixedByUs, at: opened)) {
      XCTAssertEqual($0 as? RecordsStoreError, .caseClosed("case-1"))
    }
    XCTAssertThrowsError(try store.recordTicket(case: "nope", ticket: "1", told: "", at: opened)) {
      XCTAssertEqual($0 as? RecordsStoreError, .noSuchCase("nope"))
    }
    XCTAssertEqual(try store.recordedCase("case-1")?.outcome, .replaced)
  }

  func test_openingTheSameCaseTwice_keepsOne() throws {
    let store = CaseStore(database: try AppDatabase())
    try store.open(handOff())
    try store.open(handOff())
    XCTAssertEqual(try store.openCases().count, 1)
  }

  func test_aCaseAsksForItsOutcomeOnlyWhenOpenForMoreThanADay() {
    var recorded = handOff()
    let day = TimeInterval(CaseFollowUpRule.askAfterSeconds)
    XCTAssertFalse(CaseFollowUpRule.needsOutcome(recorded, now: opened.addingTimeInterval(day - 1)))
    XCTAssertFalse(CaseFollowUpRule.needsOutcome(recorded, now: opened.addingTimeInterval(day)))
    XCTAssertTrue(CaseFollowUpRule.needsOutcome(recorded, now: opened.addingTimeInterval(day + 1)))
    recorded.closedAt = opened
    XCTAssertFalse(CaseFollowUpRule.needsOutcome(recorded, now: opened.addingTimeInterval(day + 1)))
  }

  func test_openCasesByAge_inTheStats() throws {
    let fixture = try RecordsFixture()
    let store = CaseStore(database: fixture.database)
    let now = RecordsFixture.now
    for (id, age) in [("a", 86_399.0), ("b", 86_400), ("c", 604_799), ("d", 604_800)] {
      var recorded = handOff(id)
      recorded.openedAt = now.addingTimeInterval(-age)
      try store.open(recorded)
    }
    let ages = try fixture.stats().openCases
    XCTAssertEqual([ages.underADay, ages.oneToSevenDays, ages.overAWeek], [1, 2, 1])
    XCTAssertEqual(ages.oldestSeconds, 604_800)
  }
}

final class RecordsHomeSummaryTests: XCTestCase {
  func test_homeCountsOpenCases_asksAboutTheDayOld_andNamesOverdueCare() throws {
    let database = try AppDatabase()
    let now = Date(timeIntervalSince1970: 1_782_820_800)
    let store = CaseStore(database: database)
    for (id, age) in [("new", 3_600.0), ("old", 90_000.0)] {
      try store.open(
        RecordedCase(
          id: id, sessionID: nil, openedAt: now.addingTimeInterval(-age), context: SessionContext(),
          summary: id))
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    try CareStore(database: database).tick(.wipeWindow, at: now.addingTimeInterval(-60))
    let summary = try RecordsHomeSummary.read(database: database, now: now, calendar: calendar)
    XCTAssertEqual(summary.openCases, 2)
    XCTAssertEqual(summary.oldestOpenSeconds, 90_000)
    XCTAssertEqual(summary.askOutcome.map(\.id), ["old"])
    XCTAssertFalse(summary.overdueCare.contains(.wipeWindow))
    XCTAssertTrue(summary.overdueCare.contains(.settle))
  }
}
