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
  case escCallTitle
  case escCallNumber
  case escCallReady
  case escMerchantNumber
  case escTerminalNumber
  case escSerial
  case escFirmware
  case escUnknownSerial
  case escStepsTitle
  case escLoading
  case escNoSession
  case escFromSession
  case escCause
  case escProblem
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
}

extension UIText {
  /// The text in `language`; a missing entry shows its key rather than nothing.
  func callAsFunction(_ language: Language) -> String {
    let table = language == .zh ? UITextZh.table : UITextEn.table
    return table[self] ?? rawValue
  }
}
