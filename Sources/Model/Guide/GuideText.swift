/// Every text the guides' code writes (the guides' own words are data), by meaning; the
/// words live in one table per language (`GuideTextZh`, `GuideTextEn`).
public enum GuideText: TextKey, Equatable {
  case topicTitle(GuideTopic)
  case topicStatus(TopicStatus)
  case inputRoute(GuideInputRoute)
  // Summary answers
  case answerDone
  case answerOption(number: Int)
  case answerInput(String, route: GuideInputRoute)
  case answerFixed(Bool)
  case answerHandedOver
  case versionFormat
  // The report
  case reportHeading
  case reportSession
  case reportSymptom
  case reportStarted
  case reportDuration
  case reportOutcome
  case reportWaitingAt
  case reportChecks
  case reportFindings
  case reportVerdict
  case reportFix
  case noneListed
  case reportState(GuideReportState)
  case duration(seconds: Int)
  // Finding a session to report
  case sessionsUnreadable(String)
  case noSessionsYet
  case noSuchSession(String)
  case sessionGuideMissing(String)
  case sessionNotRebuilt(String)
  // Coverage and validation
  case coverageSteps
  case coverageVerdicts
  case coverageStatus(covered: Bool)
  case coverageTotal(covered: Int, required: Int)
  case severity(GuideIssueSeverity)
  case validationTotal(files: Int, errors: Int, warnings: Int)

  public func text(_ language: Language) -> String {
    switch language {
    case .zh: GuideTextZh.text(self)
    case .en: GuideTextEn.text(self)
    }
  }
}
