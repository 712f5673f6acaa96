/// The commands' own words in English.
enum CommandTextEn {
  static func text(_ key: CommandText) -> String {
    switch key {
    case .cannotOpen(let path, let error): "cannot open \(path): \(error)"
    case .newPINPrompt: "New trainer PIN: "
    case .repeatPINPrompt: "Type it again: "
    case .newPINNotTwice: "did not get the new PIN twice (stdin needs two lines)"
    case .cannotStore(let path, let error): "cannot store in \(path): \(error)"
    case .pinSet: "Trainer PIN set."
    case .currentPINPrompt: "Current trainer PIN: "
    case .currentPINMissing: "did not get the current PIN"
    case .wrongCurrentPIN(let left):
      "wrong current PIN; \(left) more tries before the lockout. Forgotten? pos-console trainer reset-pin --confirm"
    case .pinLocked(let minutes): "too many wrong PINs: locked, try again in \(minutes) min"
    case .resetNeedsConfirm:
      "reset-pin clears the trainer PIN (and the wrong-entry count and lockout); training then asks for a new PIN; records are kept. Add --confirm to do it."
    case .cannotChange(let path, let error): "cannot change \(path): \(error)"
    case .pinReset(let hadPIN, let wrongEntries, let wasLocked):
      "Cleared: the trainer PIN (\(hadPIN ? "was set" : "was not set")), \(wrongEntries) wrong entries, the lockout\(wasLocked ? "" : " (none)"). Training asks for a new PIN next time. Logged in pos-console.log."
    case .faultUnused(let fault): "warning: no scenario switches on the fault \(fault)"
    case .unreadableCount(let count): " (\(count) unreadable)"
    case .scenarioSummary(let scenarios, let problems, let unread):
      "\(scenarios) scenarios, \(problems) findings\(unread)."
    case .cannotRead(let path, let error): "cannot read \(path): \(error)"
    case .noResultsForTrainee(let trainee): "no results for trainee \(trainee)"
    case .profilesNotFound:
      "cannot find data/terminal-profiles/; pass a path or set POS_CONSOLE_HOME"
    case .guidesNotFound: "cannot find the guides/ directory; pass a path or set POS_CONSOLE_HOME\n"
    case .noSessionsYet(let path): "no self-check sessions yet (\(path) does not exist)\n"
    case .cannotOpenDatabase(let path, let error): "cannot open the database \(path): \(error)\n"
    case .storeLabel(let label):
      switch label {
      case .merchantNumber: "Merchant number"
      case .terminalNumber: "Terminal number"
      case .serialNumber: "Serial number"
      case .merchantName: "Merchant name"
      }
    case .importProgress(let writing, let rows, let rate, let left):
      "\(writing ? "writing" : "reading and checking") \(rows) rows · \(rate) rows/s"
        + (left.map { " · \($0) left" } ?? "")
    }
  }
}
