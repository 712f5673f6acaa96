import Model

/// Every text the command-line commands write themselves (Model's reports have their own),
/// by meaning; the words live in one table per language (`CommandTextZh`, `CommandTextEn`).
enum CommandText: TextKey, Equatable {
  // trainer set-pin / reset-pin
  case cannotOpen(path: String, error: String)
  case newPINPrompt
  case repeatPINPrompt
  case newPINNotTwice
  case cannotStore(path: String, error: String)
  case pinSet
  case currentPINPrompt
  case currentPINMissing
  case wrongCurrentPIN(triesLeft: Int)
  case pinLocked(minutes: Int)
  case resetNeedsConfirm
  case cannotChange(path: String, error: String)
  case pinReset(hadPIN: Bool, wrongEntries: Int, wasLocked: Bool)
  // training validate / report
  case faultUnused(String)
  case unreadableCount(Int)
  case scenarioSummary(scenarios: Int, problems: Int, unread: String)
  case cannotRead(path: String, error: String)
  case noResultsForTrainee(String)
  // Locating shipped data
  case profilesNotFound
  case guidesNotFound
  // report
  case noSessionsYet(path: String)
  case cannotOpenDatabase(path: String, error: String)
  // store show / set
  case storeLabel(StoreLabel)
  // merchants import progress
  case importProgress(writing: Bool, rows: String, rate: String, left: String?)

  /// The rows `store show` prints.
  enum StoreLabel: CaseIterable {
    case merchantNumber
    case terminalNumber
    case serialNumber
    case merchantName
  }

  func text(_ language: Language) -> String {
    switch language {
    case .zh: CommandTextZh.text(self)
    case .en: CommandTextEn.text(self)
    }
  }
}
