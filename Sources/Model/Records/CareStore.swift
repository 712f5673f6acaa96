import Foundation
import GRDB

/// Keeps each tick of the routine-care checklist with its time, and says what is overdue.
public struct CareStore: Sendable {
  private let access: RecordsDatabaseAccess

  public init(database: AppDatabase) {
    access = RecordsDatabaseAccess(database: database)
  }

  /// Records that `item` was done at `date` by `operatorID`.
  public func tick(_ item: CareItem, at date: Date, by operatorID: String? = nil)
    throws(RecordsStoreError)
  {
    try access.write("tick \(item.rawValue)") { db in
      try db.execute(
        sql: "INSERT INTO record_care (item, doneAt, operatorID) VALUES (?, ?, ?)",
        arguments: [item.rawValue, date, operatorID])
    }
  }

  /// The last time each item was done, if ever.
  public func lastDone() throws(RecordsStoreError) -> [CareItem: Date] {
    let rows = try access.read("read care") { db in
      try Row.fetchAll(db, sql: "SELECT item, MAX(doneAt) AS last FROM record_care GROUP BY item")
    }
    var last: [CareItem: Date] = [:]
    for row in rows {
      guard let item = CareItem(rawValue: row["item"]), let date: Date = row["last"] else {
        continue
      }
      last[item] = date
    }
    return last
  }

  /// Each item's state at `now` in the shop's calendar.
  public func status(now: Date, calendar: Calendar) throws(RecordsStoreError) -> [CareStatus] {
    let last = try lastDone()
    return CareItem.allCases.map {
      CareStatus(item: $0, lastDone: last[$0], now: now, calendar: calendar)
    }
  }
}

/// One care item at a moment: when it was last done and whether it is overdue.
public struct CareStatus: Equatable, Sendable {
  public var item: CareItem
  public var lastDone: Date?
  public var overdue: Bool

  /// A daily item is due again from the start of the next calendar day; a weekly one from the
  /// start of the seventh day after it was done. Never done is overdue.
  public init(item: CareItem, lastDone: Date?, now: Date, calendar: Calendar) {
    self.item = item
    self.lastDone = lastDone
    guard let lastDone else {
      overdue = true
      return
    }
    let doneDay = calendar.startOfDay(for: lastDone)
    let due = calendar.date(byAdding: .day, value: item.cadence.days, to: doneDay) ?? doneDay
    overdue = now >= due
  }
}
