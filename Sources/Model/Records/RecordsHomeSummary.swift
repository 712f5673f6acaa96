import Foundation

/// What home says about the records at start: how many cases wait on 95016 and for how long,
/// which of them should be asked about now, and which routine care is overdue.
public struct RecordsHomeSummary: Equatable, Sendable {
  public var openCases: Int
  public var oldestOpenSeconds: Int?
  /// Open cases older than a day, oldest first: the console asks for their outcome.
  public var askOutcome: [RecordedCase]
  public var overdueCare: [CareItem]

  public init(
    openCases: Int, oldestOpenSeconds: Int?, askOutcome: [RecordedCase], overdueCare: [CareItem]
  ) {
    self.openCases = openCases
    self.oldestOpenSeconds = oldestOpenSeconds
    self.askOutcome = askOutcome
    self.overdueCare = overdueCare
  }

  /// Reads the summary at `now` in the shop's `calendar`.
  public static func read(database: AppDatabase, now: Date, calendar: Calendar)
    throws(RecordsStoreError) -> RecordsHomeSummary
  {
    let open = try CaseStore(database: database).openCases()
    let care = try CareStore(database: database).status(now: now, calendar: calendar)
    return RecordsHomeSummary(
      openCases: open.count, oldestOpenSeconds: open.map { $0.ageSeconds(now: now) }.max(),
      askOutcome: open.filter { CaseFollowUpRule.needsOutcome($0, now: now) },
      overdueCare: care.filter(\.overdue).map(\.item))
  }
}
