/// Every text the records report and commands print, by meaning; the words live in one table per
/// language (`RecordsTextZh`, `RecordsTextEn`).
public enum RecordsText: Equatable, Sendable {
  case heading(sessions: Int, period: String)
  case allTime
  case period(from: String, to: String)
  case resultsPerStart
  case resolved
  case escalated
  case abandoned
  case notResolved
  case open
  case timeToFix(median: String, p90: String)
  case noTimeToFix
  case weekly
  case whereSessionsEnd
  case commonVerdicts
  case perGuideVersion
  case unversioned
  case versionLine(sessions: Int, resolvedPercent: Int)
  case perTerminal
  case askForReplacement(hardware: Int, terminal: String, merchant: String)
  case perOperator
  case operatorLine(abandoned: Int, wrongStarts: Int)
  case practise(String)
  case openCases(total: Int, underADay: Int, oneToSeven: Int, overAWeek: Int)
  case oldestOpen(String)
  case care
  case careLine(done: Int, missed: Int)
  case careItem(CareItem)
  /// The item's name alone, without its cadence.
  case careName(CareItem)
  case homeOpenCases(count: Int, oldestHours: Int)
  case homeAskOutcome(count: Int)
  case homeCareDue(String)
  case none
  case listSeparator
  case minutesSeconds(minutes: Int, seconds: Int)
  case daysHours(days: Int, hours: Int)
  // Commands
  case noDatabase(path: String)
  case cannotOpen(path: String, reason: String)
  case badDate(option: String, value: String)
  case exported(rows: Int, path: String)
  case exportProgress(table: String, done: Int, total: Int)
  case imported(rows: Int)
  case importNotEmpty(table: String, rows: Int)
  case importBadLine(path: String, line: Int, reason: String)
  case importDatabase(path: String, line: Int, message: String)
  case csvNeedsOutput
  case cannotWrite(path: String, reason: String)
  case cannotRead(path: String, reason: String)
  case notAFile(path: String)

  public func callAsFunction(_ language: Language) -> String {
    switch language {
    case .zh: RecordsTextZh.text(self)
    case .en: RecordsTextEn.text(self)
    }
  }
}
