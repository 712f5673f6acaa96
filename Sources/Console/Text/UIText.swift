import Model

/// Every user-visible string of the console's own chrome, by key. The words live
/// in one table per language (`UITextZh`, `UITextEn`); a test fails when a key is
/// missing from either.
enum UIText: String, CaseIterable, Sendable {
  case appTitle
  case appSubtitle
  case homeHint
  case entryScan
  case entryScanInfo
  case entryCard
  case entryCardInfo
  case entryVoid
  case entryVoidInfo
  case entrySelfCheck
  case entrySelfCheckInfo
  case entryEscalation
  case entryEscalationInfo
  case entryTraining
  case entryTrainingInfo
  case entryManagement
  case entryManagementInfo
  case entryExit
  case entryExitInfo
  case languageName
  case keyChoose
  case keyMove
  case keyOpen
  case keyBack
  case keyHelp
  case keyQuit
  case keyLanguage
  case notBuiltTitle
  case notBuiltBody
  case notBuiltPlan
  case helpTitle
  case helpBody
  case helpClose
  case tooSmallTitle
  case tooSmallBody
  case asciiFallback
  case trainingBar
  case selfCheckResumeTitle
  case selfCheckResumeBody
  case selfCheckResume
  case selfCheckStartOver
  case selfCheckChooseSymptom
  case selfCheckNoGuide
  case selfCheckProgress
  case selfCheckInstructionHint
  case selfCheckOnTerminal
  case selfCheckExpect
  case selfCheckInputHint
  case selfCheckFix
  case selfCheckFixedQuestion
  case selfCheckFixedYes
  case selfCheckFixedNo
  case selfCheckEscalateHint
  case selfCheckSummaryTitle
  case selfCheckSummaryEmpty
  case selfCheckChangeTitle
  case selfCheckChangeCurrent
  case selfCheckChangeNotPossible
  case selfCheckNoJudge
  case selfCheckReplyRefused
  case selfCheckSaveFailed
  case selfCheckDropped
  case selfCheckReportTitle
  case selfCheckKeySummary
  case selfCheckKeyChange
  case selfCheckKeyConfirm
  case selfCheckKeyDone
  case selfCheckKeyScroll
  case selfCheckKeyHome
  case selfCheckKeyDelete
  case selfCheckKeyHandOver
  case terminalBrand
  case terminalLegendTitle
  case terminalLegendDigits
  case terminalLegendCards
  case terminalLegendCodeKey
  case terminalLegendCode
  case terminalLegendArrows
  case terminalLegendPen
  case terminalLegendHome
  case terminalPenUp
  case terminalPenDown
  case terminalChoiceHint
  case terminalNoCodesTitle
  case terminalNoCodesBody
  case terminalStoreProblem
  case terminalSlipTitle
  case keyHome
  case trainingTitle
  case trainingPINEnter
  case trainingPINLeave
  case trainingPINSetNew
  case trainingPINConfirm
  case trainingPINWrong
  case trainingPINLocked
  case trainingPINsDiffer
  case trainingNoDatabase
  case trainingNoScenarios
  case trainingSaveFailed
  case trainingMenuRun
  case trainingMenuSeries
  case trainingMenuPractice
  case trainingMenuReport
  case trainingMenuLeave
  case trainingTraineePrompt
  case trainingScenarioPrompt
  case trainingPracticePrompt
  case trainingRunIntro
  case trainingRunPar
  case trainingHintLabel
  case trainingDeclarePrompt
  case trainingResultScore
  case trainingResultRight
  case trainingResultWrong
  case trainingResultCause
  case trainingResultFix
  case trainingResultPath
  case trainingReportEmpty
  case trainingReportTopics
  case trainingCard
  case keyConfirm
  case keyClear
  case keyHint
  case keyDeclare
  case keyToggle
  case keyNext
  case keyStart
}

extension UIText {
  /// The text in `language`; a missing entry shows its key rather than nothing.
  func callAsFunction(_ language: Language) -> String {
    let table = language == .zh ? UITextZh.table : UITextEn.table
    return table[self] ?? rawValue
  }
}
