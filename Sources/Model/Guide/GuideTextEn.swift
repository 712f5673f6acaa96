/// The guides' code texts in English.
enum GuideTextEn {
  static func text(_ key: GuideText) -> String {
    switch key {
    case .topicTitle(let topic): topicTitle(topic)
    case .topicStatus(let status):
      switch status {
      case .notChecked: "not checked"
      case .checkedOK: "checked OK"
      case .problemFound: "problem found"
      }
    case .inputRoute(let route): inputRoute(route)
    case .answerDone: "Done"
    case .answerOption(let number): "Option \(number)"
    case .answerInput(let typed, let route): "\(typed) (\(inputRoute(route)))"
    case .answerFixed(let fixed): fixed ? "Fixed" : "Not fixed"
    case .answerHandedOver: "Handed over"
    case .versionFormat: "Type a version of digits and dots, e.g. 2.3.1."
    case .reportHeading: "Self-check report"
    case .reportSession: "Session"
    case .reportSymptom: "Symptom"
    case .reportStarted: "Started"
    case .reportDuration: "Duration"
    case .reportOutcome: "Outcome"
    case .reportWaitingAt: "Waiting at"
    case .reportChecks: "Checks and answers"
    case .reportFindings: "Findings by topic"
    case .reportVerdict: "Verdict"
    case .reportFix: "Fix"
    case .noneListed: "(none)"
    case .reportState(let state):
      switch state {
      case .resolved: "resolved"
      case .notResolved: "not resolved"
      case .escalated: "escalated"
      case .abandoned: "abandoned"
      case .open: "in progress"
      }
    case .duration(let seconds):
      seconds / 60 == 0 ? "\(seconds % 60) s" : "\(seconds / 60) min \(seconds % 60) s"
    case .sessionsUnreadable(let error): "cannot read the sessions: \(error)"
    case .noSessionsYet: "no self-check sessions yet"
    case .noSuchSession(let id): "no session with ID \(id)"
    case .sessionGuideMissing(let guide): "the guide \(guide) used by the session cannot be found"
    case .sessionNotRebuilt(let error): "cannot rebuild the session: \(error)"
    case .coverageSteps: "steps"
    case .coverageVerdicts: "verdicts"
    case .coverageStatus(let covered): covered ? "covered" : "MISSING"
    case .coverageTotal(let covered, let required):
      "\(covered) of \(required) required topics covered."
    case .severity(let severity):
      switch severity {
      case .error: "error"
      case .warning: "warning"
      }
    case .validationTotal(let files, let errors, let warnings):
      "\(files) file(s) checked: \(errors) error(s), \(warnings) warning(s)."
    }
  }

  private static func inputRoute(_ route: GuideInputRoute) -> String {
    switch route {
    case .atLeastMinimum: "version is new enough"
    case .belowMinimum: "version too old"
    case .supported: "supported code"
    case .unsupported: "unsupported code"
    case .unknown: "unrecognised code"
    }
  }

  private static func topicTitle(_ topic: GuideTopic) -> String {
    switch topic {
    case .lighting: "Lighting"
    case .glare: "Glare"
    case .codeCondition: "Code condition"
    case .cleaning: "Cleaning"
    case .cameraHardware: "Camera hardware"
    case .permission: "Transaction permission"
    case .firmware: "Firmware"
    case .settings: "Scan settings"
    case .methodSupport: "Payment method support"
    case .operation: "Operation"
    case .device: "Device"
    case .network: "Network"
    case .serverMaintenance: "Server maintenance"
    case .merchantRisk: "Merchant risk"
    case .restart: "Restart"
    case .backupBeforeReset: "Backup before reset"
    case .escalation: "Escalation"
    }
  }
}
