import Foundation
import Model

/// What the records screen asks the services for: the summary to show, and each change a
/// person makes there (a care tick, a 95016 ticket, a case's outcome), after which the
/// services read the summary again.
enum RecordsRequest: Sendable {
  case load(now: Date, utcOffsetSeconds: Int)
  case tick(CareItem, at: Date, utcOffsetSeconds: Int)
  case ticket(caseID: String, ticket: String, at: Date, utcOffsetSeconds: Int)
  case close(caseID: String, outcome: CaseOutcome, at: Date, utcOffsetSeconds: Int)
}

/// The services' answer: what the records say now, or why they cannot be read.
enum RecordsEvent: Sendable {
  case loaded(RecordsOverview)
  case failed(String)
}

/// What the screen shows: the home summary, each care item's state and the stats figures.
struct RecordsOverview: Equatable, Sendable {
  var summary: RecordsHomeSummary
  var openCases: [RecordedCase]
  var care: [CareStatus]
  var stats: RecordsStats
  /// When the services read it: ages are shown as of then (drawing reads no clock).
  var readAt: Date
}
