import Foundation
import Model
import XCTest

final class CareStoreTests: XCTestCase {
  private var calendar: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
    return calendar
  }

  /// 2026-12-04 in Shanghai at `hour`:`minute`.
  private func shanghai(day: Int = 4, hour: Int, minute: Int = 0) -> Date {
    calendar.date(
      from: DateComponents(year: 2026, month: 12, day: day, hour: hour, minute: minute))!
  }

  func test_aDailyItemDoneYesterday_isOverdueFromMidnight_notBefore() {
    let done = shanghai(day: 3, hour: 9)
    let before = CareStatus(
      item: .wipeWindow, lastDone: done, now: shanghai(day: 3, hour: 23, minute: 59),
      calendar: calendar)
    let after = CareStatus(
      item: .wipeWindow, lastDone: done, now: shanghai(day: 4, hour: 0), calendar: calendar)
    XCTAssertFalse(before.overdue)
    XCTAssertTrue(after.overdue)
  }

  func test_aWeeklyItem_isDueOnTheSeventhDay() {
    let done = shanghai(day: 1, hour: 18)
    let sixDays = CareStatus(
      item: .cableAndCharger, lastDone: done, now: shanghai(day: 7, hour: 23, minute: 59),
      calendar: calendar)
    let seven = CareStatus(
      item: .cableAndCharger, lastDone: done, now: shanghai(day: 8, hour: 0), calendar: calendar)
    XCTAssertFalse(sixDays.overdue)
    XCTAssertTrue(seven.overdue)
  }

  func test_neverDone_isOverdue_andATickClearsIt() throws {
    let store = CareStore(database: try AppDatabase())
    let now = shanghai(hour: 10)
    XCTAssertTrue(try store.status(now: now, calendar: calendar).allSatisfy(\.overdue))
    try store.tick(.wipeWindow, at: shanghai(hour: 8), by: "01")
    let status = try store.status(now: now, calendar: calendar)
    XCTAssertEqual(status.filter { !$0.overdue }.map(\.item), [.wipeWindow])
    XCTAssertEqual(status.first { $0.item == .wipeWindow }?.lastDone, shanghai(hour: 8))
  }

  func test_statsCountTheDueDaysWithoutATick() throws {
    let fixture = try RecordsFixture()
    let store = CareStore(database: fixture.database)
    let now = RecordsFixture.now
    // Wiped on 3 of the last 5 days (twice on one of them).
    for daysAgo in [5.0, 4, 4, 2] {
      try store.tick(.wipeWindow, at: now.addingTimeInterval(-daysAgo * 86_400))
    }
    let care = try fixture.stats(since: now.addingTimeInterval(-5 * 86_400)).care
    let wipe = try XCTUnwrap(care.first { $0.item == .wipeWindow })
    XCTAssertEqual(wipe.done, 4)
    XCTAssertEqual(wipe.missed, 2)
    XCTAssertEqual(care.first { $0.item == .settle }?.missed, 5)
  }
}
