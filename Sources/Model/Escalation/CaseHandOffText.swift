/// Every phrase of the escalation steps and the case hand-off, by meaning; the words live
/// in one table per language (`CaseHandOffTextZh`, `CaseHandOffTextEn`).
public enum CaseHandOffText: TextKey, Equatable {
  case stepTitle(EscalationStep)
  case stepDetail(EscalationStep)
  case title
  case callLine
  case merchantNumber
  case merchantName
  case status
  case terminal
  case serial
  case firmware
  case problem
  case cause
  case checksDone
  case slipCheck
  case agentWillAsk
  case stepsTitle
  case notKnown
  case notInDirectory
  case noChecks
  case noSelfCheck
  case questionList
  /// Between a check and its answer.
  case colon
  case saveFailed(path: String, reason: String)

  public func text(_ language: Language) -> String {
    switch language {
    case .zh: CaseHandOffTextZh.text(self)
    case .en: CaseHandOffTextEn.text(self)
    }
  }

  /// The questions the agent usually asks, in `language`.
  static func questions(_ language: Language) -> [String] {
    questionList(language).split(separator: "|").map(String.init)
  }
}
