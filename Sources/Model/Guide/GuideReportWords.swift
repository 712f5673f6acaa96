/// The report's fixed words in one language.
struct GuideReportWords {
  let language: Language

  init(_ language: Language) { self.language = language }

  private func word(_ key: GuideText) -> String { key(language) }

  var heading: String { word(.reportHeading) }
  var session: String { word(.reportSession) }
  var symptom: String { word(.reportSymptom) }
  var started: String { word(.reportStarted) }
  var duration: String { word(.reportDuration) }
  var outcome: String { word(.reportOutcome) }
  var waitingAt: String { word(.reportWaitingAt) }
  var checks: String { word(.reportChecks) }
  var findings: String { word(.reportFindings) }
  var verdict: String { word(.reportVerdict) }
  var fix: String { word(.reportFix) }
  var none: String { word(.noneListed) }

  func state(_ state: GuideReportState) -> String { word(.reportState(state)) }

  func duration(seconds: Int) -> String { word(.duration(seconds: seconds)) }
}
