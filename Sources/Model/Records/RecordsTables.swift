/// The tables a records export carries, in the order a restore must insert them (a session
/// before its answers). Each is exported row by row with its own column names, so a restore
/// puts back exactly what was there.
public enum RecordsTable: String, CaseIterable, Sendable, Codable {
  case sessions = "guideSession"
  case answers = "guideAnswer"
  case verdicts = "guideVerdict"
  case cases = "record_case"
  case care = "record_care"
  case training = "training_result"

  /// The name a person reads (and the CSV file's name).
  public var exportName: String {
    switch self {
    case .sessions: "sessions"
    case .answers: "answers"
    case .verdicts: "verdicts"
    case .cases: "cases"
    case .care: "care"
    case .training: "training"
    }
  }

  /// The column a `--since` date filters on.
  var dateColumn: String {
    switch self {
    case .sessions: "startedAt"
    case .answers: "answeredAt"
    case .verdicts: "startedAt"
    case .cases: "openedAt"
    case .care: "doneAt"
    case .training: "date"
    }
  }
}
