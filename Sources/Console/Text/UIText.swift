import Model

/// Every user-visible string of the console's own chrome, by key. The words live
/// in one exhaustive switch per language (`UITextZh`, `UITextEn`), so a missing
/// text does not compile.
enum UIText: CaseIterable, Sendable {
  case appTitle
  case appSubtitle
  case homeHint
  case homeResumeHint
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
  case entryRecords
  case entryRecordsInfo
  case keyTick
  case keyTicket
  case keyOutcome
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
  case helpTitle
  case helpBody
  case helpClose
  case tooSmallTitle
  case asciiFallback
  case trainingBar
  case trainingQuitBlocked
  case escCallTitle
  case escCallNumber
  case escCallReady
  case escMerchantNumber
  case escTerminalNumber
  case escSerial
  case escFirmware
  case escStepsTitle
  case escLoading
  case escNoSession
  case escMenu
  case escSaved
  case escSummaryTitle
  case escNoDatabase
  case escDirectoryFailed
  case escNoTables
  case lookupTitle
  case lookupPrompt
  case lookupField
  case lookupPending
  case slipTitle
  case slipPrompt
  case slipRegistered
  case slipOnSlip
  case slipTerminal
  case keyScroll
  case keyLookUp
  case keyCheck
  case keyDelete
  case keyNextField
  case keySave
  case selfCheckResumeTitle
  case selfCheckResume
  case selfCheckStartOver
  case selfCheckChooseSymptom
  case selfCheckNoGuide
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
  case selfCheckChangeCurrent
  case selfCheckChangeNotPossible
  case selfCheckNoJudge
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
  case terminalLegendCustomer
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
  case trainingHintLabel
  case trainingDeclarePrompt
  case trainingResultRight
  case trainingResultWrong
  case trainingResultCause
  case trainingResultFix
  case trainingResultPath
  case trainingReportEmpty
  case trainingReportTopics
  case keyConfirm
  case keyClear
  case keyHint
  case keyDeclare
  case keyToggle
  case keyNext
  case keyStart
  case keyType
  case terminalKeyConfirm
  case terminalKeyCancel
  case terminalKeyClear
  case terminalKeyFunction
  case terminalKeyDigits
  case terminalKeyPen
  case terminalKeyCard
  case trainingKeyPIN
  case trainingPINChecking
  case keyLook
  case keyAct
  case counterLookTitle
  case counterActTitle
  case trainingReportHarm
  case counterUpdateFailed
  /// Between the items of a list in running text.
  case listSeparator
  /// None of --data-dir, POS_CONSOLE_DATA, XDG_DATA_HOME and HOME is set.
  case dataDirectoryMissing
}

extension UIText {
  /// The text in `language`.
  func callAsFunction(_ language: Language) -> String {
    language == .zh ? UITextZh.text(self) : UITextEn.text(self)
  }
}

/// The console's texts that carry values: each value is a named, typed field, so
/// no text is assembled by replacing placeholders.
enum UIMessage: Equatable, Sendable {
  case tooSmallBody(size: String)
  case escFromSession(symptom: String)
  case escCause(verdict: String)
  case escProblem(String)
  case selfCheckResumeBody(symptom: String, answered: Int)
  case selfCheckProgress(step: Int, topics: String)
  case selfCheckChangeTitle(step: Int)
  case selfCheckReplyRefused(detail: String)
  case selfCheckSaveFailed(problem: String)
  case selfCheckDropped(count: Int)
  case trainingPINWrong(triesLeft: Int)
  case trainingPINLocked(minutes: Int)
  case trainingRunIntro(trainee: String, presents: String)
  case trainingRunPar(steps: Int, seconds: Int)
  case trainingResultScore(points: Int)
  case trainingCard(mode: String)
  /// What one looks at, as the F3 list names it ("看扫码窗").
  case counterLookName(ShopObservation)
  /// What one saw: the look's name and the sight.
  case counterSaw(what: String, sight: String)
  case counterDid(action: String)
  /// A right cause of a scenario with several, while others still show on the unit.
  case trainingCauseFound(remaining: Int)
  /// A form field refused what was typed: the field's name and why.
  case fieldRefused(label: String, problem: String)

  /// The text in `language`.
  func callAsFunction(_ language: Language) -> String {
    language == .zh ? UITextZh.text(self) : UITextEn.text(self)
  }
}
