import Model

/// The console's own words in English: one case per key, checked by the compiler.
enum UITextEn {
  static func text(_ key: UIText) -> String {
    switch key {
    case .appTitle:
      "PosConsole  Lakala terminal helper"
    case .appSubtitle:
      "Simulator · Scan self-check · Escalation · Training"
    case .homeHint:
      "Scanning not working? Press 4 to start the self-check."
    case .homeResumeHint:
      "A self-check was left unfinished: press 4 to carry on where it stopped."
    case .entryScan:
      "Scan payment"
    case .entryScanInfo:
      "Scan a customer's code on the simulator"
    case .entryCard:
      "Card sale"
    case .entryCardInfo:
      "Swipe/insert/tap, PIN, signature"
    case .entryVoid:
      "Void & refund"
    case .entryVoidInfo:
      "Same-day void; refund after settlement"
    case .entrySelfCheck:
      "Scan self-check"
    case .entrySelfCheckInfo:
      "Find why the terminal will not scan"
    case .entryEscalation:
      "Help & escalation"
    case .entryEscalationInfo:
      "Call 95016; merchant-number lookup"
    case .entryTraining:
      "Training"
    case .entryTrainingInfo:
      "Trainer: staged faults and scores"
    case .entryManagement:
      "Management"
    case .entryManagementInfo:
      "Version, permissions, merchant, network"
    case .entryRecords:
      "Records"
    case .entryRecordsInfo:
      "Open cases, routine care, units to replace"
    case .keyTick:
      "tick"
    case .keyTicket:
      "ticket"
    case .keyOutcome:
      "outcome"
    case .entryExit:
      "Exit"
    case .entryExitInfo:
      "Close PosConsole"
    case .languageName:
      "English"
    case .keyChoose:
      "choose"
    case .keyMove:
      "move"
    case .keyOpen:
      "open"
    case .keyBack:
      "back"
    case .keyHelp:
      "help"
    case .keyQuit:
      "quit"
    case .keyLanguage:
      "中文"
    case .helpTitle:
      "Keys"
    case .helpBody:
      """
      Digits 0-9  choose menu items, enter amounts and numbers
      Enter       confirm (the terminal's 确认 key)
      Esc         cancel / back (the terminal's 取消 key)
      Backspace   clear (the terminal's 清除 key)
      Arrows      move the selection
      Tab         next field
      F1 or ?     this help
      L           switch 中文 / English (home screen)
      q           quit from the home screen
      """
    case .helpClose:
      "Press Esc to close help"
    case .tooSmallTitle:
      "Terminal too small"
    case .asciiFallback:
      "No UTF-8 locale: ASCII only (Chinese cannot be shown). Set LANG=C.UTF-8."
    case .trainingBar:
      "TRAINING · not real money"
    case .trainingQuitBlocked:
      "Training is on: press 6 and leave training with the trainer PIN first."
    case .escCallTitle:
      "Customer service"
    case .escCallNumber:
      "☎ Call 95016"
    case .escCallReady:
      "have these numbers ready"
    case .escMerchantNumber:
      "Merchant no."
    case .escTerminalNumber:
      "Terminal no."
    case .escSerial:
      "Serial no."
    case .escFirmware:
      "Firmware"
    case .escStepsTitle:
      "Steps (✓ = already done in the self-check)"
    case .escLoading:
      "Reading the latest self-check…"
    case .escNoSession:
      "No self-check yet: press 4 on the home screen first; the agent will ask what you checked."
    case .escMenu:
      "1 Merchant lookup  2 跳码 slip check  3 Case summary  4 Save summary"
    case .escSaved:
      "Case summary saved to:"
    case .escSummaryTitle:
      "Case summary"
    case .escNoDatabase:
      "The database is not open, so the directory cannot be searched: "
    case .escDirectoryFailed:
      "The directory lookup failed: "
    case .escNoTables:
      "The merchant code tables (data/acquirers.toml, regions.toml, mcc.toml) are not loaded, so nothing can be decoded: "
    case .lookupTitle:
      "Merchant-number lookup"
    case .lookupPrompt:
      "Type the 15-digit merchant number, Enter to look up (spaces, dashes and full-width digits are fine)"
    case .lookupField:
      "Merchant no."
    case .lookupPending:
      "Looking up…"
    case .slipTitle:
      "跳码 slip check"
    case .slipPrompt:
      "Type the merchant number printed on a recent slip (terminal optional) and press Enter to "
        + "compare it with the registered number, field by field."
    case .slipRegistered:
      "Registered no."
    case .slipOnSlip:
      "Slip merchant no."
    case .slipTerminal:
      "Slip terminal (optional)"
    case .keyScroll:
      "scroll"
    case .keyLookUp:
      "look up"
    case .keyCheck:
      "compare"
    case .keyDelete:
      "delete"
    case .keyNextField:
      "next field"
    case .keySave:
      "save"
    case .selfCheckResumeTitle:
      "A self-check was left unfinished"
    case .selfCheckResume:
      "Resume where it stopped"
    case .selfCheckStartOver:
      "Start over"
    case .selfCheckChooseSymptom:
      "What is happening?"
    case .selfCheckNoGuide:
      "The self-check guide is not loaded, so the check cannot start:"
    case .selfCheckInstructionHint:
      "When it is done, press Enter."
    case .selfCheckOnTerminal:
      "On the terminal press: "
    case .selfCheckExpect:
      "You should see: "
    case .selfCheckInputHint:
      "Type it, then press Enter; Backspace deletes."
    case .selfCheckFix:
      "What to do: "
    case .selfCheckFixedQuestion:
      "Did that fix it?"
    case .selfCheckFixedYes:
      "Yes, it is fixed"
    case .selfCheckFixedNo:
      "No, still not"
    case .selfCheckEscalateHint:
      "Press Enter to hand the case and everything checked to customer service."
    case .selfCheckSummaryTitle:
      "Answers so far (digit, or ↑↓ then Enter, to change)"
    case .selfCheckSummaryEmpty:
      "No answers yet."
    case .selfCheckChangeCurrent:
      "Current answer: "
    case .selfCheckChangeNotPossible:
      "This step only confirms it was done; there is no other answer. Press Esc to go back."
    case .selfCheckNoJudge:
      "The payment-code table is not loaded, so the code cannot be judged. Press Esc and choose another answer."
    case .selfCheckReportTitle:
      "Self-check result"
    case .selfCheckKeySummary:
      "answers"
    case .selfCheckKeyChange:
      "change"
    case .selfCheckKeyConfirm:
      "confirm"
    case .selfCheckKeyDone:
      "done"
    case .selfCheckKeyScroll:
      "scroll"
    case .selfCheckKeyHome:
      "home"
    case .selfCheckKeyDelete:
      "delete"
    case .selfCheckKeyHandOver:
      "hand over"
    case .terminalBrand:
      "Lakala POS"
    case .terminalLegendTitle:
      "Keys"
    case .terminalLegendDigits:
      "digits; . on decimal-key units"
    case .terminalLegendCards:
      "swipe / insert / tap card"
    case .terminalLegendCodeKey:
      "code+Enter"
    case .terminalLegendCode:
      "scanner or paste a code"
    case .terminalLegendArrows:
      "sign; move in lists"
    case .terminalLegendCustomer:
      "customer enters wallet password"
    case .terminalLegendPen:
      "lift/lower the signing pen"
    case .terminalLegendHome:
      "back to home"
    case .terminalPenUp:
      "pen: up (Space to ink)"
    case .terminalPenDown:
      "pen: down (Space to lift)"
    case .terminalChoiceHint:
      "1 void (this batch)  2 refund (settled)"
    case .terminalNoCodesTitle:
      "The simulated terminal cannot start"
    case .terminalNoCodesBody:
      "The payment-code table (data/payment-codes.toml) could not be loaded. Fix the problem below, then start PosConsole again."
    case .terminalStoreProblem:
      "Not stored: "
    case .terminalSlipTitle:
      "Slip"
    case .keyHome:
      "home"
    case .trainingTitle:
      "Training"
    case .trainingPINEnter:
      "Enter the trainer PIN to start training"
    case .trainingPINLeave:
      "Enter the trainer PIN to leave training"
    case .trainingPINSetNew:
      "First use: set a trainer PIN (\(TrainerPINPolicy.lengthText) digits)"
    case .trainingPINConfirm:
      "Type the new PIN again"
    case .trainingPINsDiffer:
      "The two entries differ; set it again"
    case .trainingNoDatabase:
      "The database cannot be opened; training records are unavailable"
    case .trainingNoScenarios:
      "No training scenarios found (guides/scenarios)"
    case .trainingSaveFailed:
      "The result could not be saved"
    case .trainingMenuRun:
      "Start a run: trainee and scenario"
    case .trainingMenuSeries:
      "A random series of scenarios"
    case .trainingMenuPractice:
      "Free practice with chosen faults"
    case .trainingMenuReport:
      "Report of results"
    case .trainingMenuLeave:
      "Leave training (needs the PIN)"
    case .trainingTraineePrompt:
      "Trainee name or ID:"
    case .trainingScenarioPrompt:
      "Choose a scenario:"
    case .trainingPracticePrompt:
      "Space toggles a fault, Enter starts free practice:"
    case .trainingHintLabel:
      "Hint"
    case .trainingDeclarePrompt:
      "Declare the cause:"
    case .trainingResultRight:
      "Right cause"
    case .trainingResultWrong:
      "Wrong cause"
    case .trainingResultCause:
      "The cause:"
    case .trainingResultFix:
      "Fix:"
    case .trainingResultPath:
      "Right path:"
    case .trainingReportEmpty:
      "No training results yet."
    case .trainingReportTopics:
      "By topic"
    case .keyConfirm:
      "confirm"
    case .keyClear:
      "clear"
    case .keyHint:
      "hint"
    case .keyDeclare:
      "declare"
    case .keyToggle:
      "toggle"
    case .keyStart:
      "start"
    case .keyNext:
      "next"
    case .keyType:
      "Type"
    case .terminalKeyConfirm:
      TerminalPhrase.keyLabel(.confirm).text(.en)
    case .terminalKeyCancel:
      TerminalPhrase.keyLabel(.cancel).text(.en)
    case .terminalKeyClear:
      TerminalPhrase.keyLabel(.clear).text(.en)
    case .terminalKeyFunction:
      TerminalPhrase.keyLabel(.function).text(.en)
    case .terminalKeyDigits:
      TerminalPhrase.keyLabel(.digits).text(.en)
    case .terminalKeyPen:
      "Pen up/down"
    case .terminalKeyCard:
      "Swipe/insert/tap"
    case .trainingKeyPIN:
      "PIN"
    case .trainingPINChecking:
      "Checking the PIN, please wait… (Esc goes back)"
    case .keyLook:
      "Look"
    case .keyAct:
      "Act"
    case .counterLookTitle:
      "Look at (F3)"
    case .counterActTitle:
      "Do (F4)"
    case .trainingReportHarm:
      "Harmful: "
    case .counterUpdateFailed:
      "The unit says: firmware download failed, the server timed out."
    case .listSeparator:
      ", "
    case .dataDirectoryMissing:
      "pos-console: no data directory: HOME, XDG_DATA_HOME and POS_CONSOLE_DATA are all unset; "
        + "pass --data-dir DIR or set one of them. Nothing was written."
    }
  }

  static func text(_ message: UIMessage) -> String {
    switch message {
    case .tooSmallBody(let size):
      "It is \(size); PosConsole needs at least 60x20. Enlarge the window, or press q to quit."
    case .escFromSession(let symptom):
      "Latest self-check: \(symptom)"
    case .escCause(let verdict):
      "Self-check found: \(verdict)"
    case .escProblem(let problem):
      "Could not read: \(problem)"
    case .selfCheckResumeBody(let symptom, let answered):
      "Symptom: \(symptom). \(answered) steps were answered; it can go on from the step where it stopped."
    case .selfCheckProgress(let step, let topics):
      "Step \(step) · \(topics)"
    case .selfCheckChangeTitle(let step):
      "Change the answer to step \(step)"
    case .selfCheckReplyRefused(let detail):
      "That answer does not fit this step (\(detail))."
    case .selfCheckSaveFailed(let problem):
      "Could not save: \(problem). Tell your supervisor."
    case .selfCheckDropped(let count):
      "The guide has changed: \(count) old answers no longer fit and are asked again from here."
    case .trainingPINWrong(let triesLeft):
      "Wrong PIN; \(triesLeft) tries left"
    case .trainingPINLocked(let minutes):
      "Too many wrong PINs: training is locked for about \(minutes) min"
    case .trainingRunIntro(let trainee, let presents):
      "Trainee \(trainee): the customer presents \(presents). Work the simulated terminal and the self-check, then press D to declare the cause."
    case .trainingRunPar(let steps, let seconds):
      "Par: \(steps) steps, \(seconds) s"
    case .trainingResultScore(let points):
      "Score \(points) / 100"
    case .trainingCard(let mode):
      "a bank card (\(mode))"
    case .counterLookName(let observation):
      CounterTextEn.lookName(observation)
    case .counterSaw(let what, let sight):
      "\(what): \(sight)"
    case .counterDid(let action):
      "Done: \(action). Try again and see."
    case .trainingCauseFound(let remaining):
      "Right cause, and put right. The unit still fails: \(remaining) more cause(s) to find."
    case .fieldRefused(let label, let problem):
      "\(label): \(problem)"
    }
  }
}
