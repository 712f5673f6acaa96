/// Interface strings in English.
enum UITextEn {
  static let table: [UIText: String] = [
    .appTitle: "PosConsole  Lakala terminal helper",
    .appSubtitle: "Simulator · Scan self-check · Escalation · Training",
    .homeHint: "Scanning not working? Press 4 to start the self-check.",
    .entryScan: "Scan payment",
    .entryScanInfo: "Scan a customer's code on the simulator",
    .entryCard: "Card sale",
    .entryCardInfo: "Swipe/insert/tap, PIN, signature",
    .entryVoid: "Void & refund",
    .entryVoidInfo: "Same-day void; refund after settlement",
    .entrySelfCheck: "Scan self-check",
    .entrySelfCheckInfo: "Find why the terminal will not scan",
    .entryEscalation: "Help & escalation",
    .entryEscalationInfo: "Call 95016; merchant-number lookup",
    .entryTraining: "Training",
    .entryTrainingInfo: "Trainer: staged faults and scores",
    .entryManagement: "Management",
    .entryManagementInfo: "Version, permissions, merchant, network",
    .entryExit: "Exit",
    .entryExitInfo: "Close PosConsole",
    .languageName: "English",
    .keyChoose: "choose",
    .keyMove: "move",
    .keyOpen: "open",
    .keyBack: "back",
    .keyHelp: "help",
    .keyQuit: "quit",
    .keyLanguage: "中文",
    .notBuiltTitle: "Not built yet",
    .notBuiltBody:
      "This part is still being built and cannot be used yet. It never shows a made-up result.",
    .notBuiltPlan: "When finished it will offer:",
    .helpTitle: "Keys",
    .helpBody: """
    Digits 0-9  choose menu items, enter amounts and numbers
    Enter       confirm (the terminal's 确认 key)
    Esc         cancel / back (the terminal's 取消 key)
    Backspace   clear (the terminal's 清除 key)
    Arrows      move the selection
    Tab         next field
    F1 or ?     this help
    L           switch 中文 / English (home screen)
    q           quit from the home screen
    """,
    .helpClose: "Press Esc to close help",
    .tooSmallTitle: "Terminal too small",
    .tooSmallBody:
      "It is %1; PosConsole needs at least 60x20. Enlarge the window, or press q to quit.",
    .asciiFallback: "No UTF-8 locale: ASCII only (Chinese cannot be shown). Set LANG=C.UTF-8.",
    .trainingBar: "TRAINING · not real money",
    .selfCheckResumeTitle: "A self-check was left unfinished",
    .selfCheckResumeBody:
      "Symptom: %1. %2 steps were answered; it can go on from the step where it stopped.",
    .selfCheckResume: "Resume where it stopped",
    .selfCheckStartOver: "Start over",
    .selfCheckChooseSymptom: "What is happening?",
    .selfCheckNoGuide: "The self-check guide is not loaded, so the check cannot start:",
    .selfCheckProgress: "Step %1 · %2",
    .selfCheckInstructionHint: "When it is done, press Enter.",
    .selfCheckOnTerminal: "On the terminal press: ",
    .selfCheckExpect: "You should see: ",
    .selfCheckInputHint: "Type it, then press Enter; Backspace deletes.",
    .selfCheckFix: "What to do: ",
    .selfCheckFixedQuestion: "Did that fix it?",
    .selfCheckFixedYes: "Yes, it is fixed",
    .selfCheckFixedNo: "No, still not",
    .selfCheckEscalateHint:
      "Press Enter to hand the case and everything checked to customer service.",
    .selfCheckSummaryTitle: "Answers so far (digit, or ↑↓ then Enter, to change)",
    .selfCheckSummaryEmpty: "No answers yet.",
    .selfCheckChangeTitle: "Change the answer to step %1",
    .selfCheckChangeCurrent: "Current answer: ",
    .selfCheckChangeNotPossible:
      "This step only confirms it was done; there is no other answer. Press Esc to go back.",
    .selfCheckNoJudge:
      "The payment-code table is not loaded, so the code cannot be judged. Press Esc and choose another answer.",
    .selfCheckReplyRefused: "That answer does not fit this step (%1).",
    .selfCheckSaveFailed: "Could not save: %1. Tell your supervisor.",
    .selfCheckDropped:
      "The guide has changed: %1 old answers no longer fit and are asked again from here.",
    .selfCheckReportTitle: "Self-check result",
    .selfCheckKeySummary: "answers",
    .selfCheckKeyChange: "change",
    .selfCheckKeyConfirm: "confirm",
    .selfCheckKeyDone: "done",
    .selfCheckKeyScroll: "scroll",
    .selfCheckKeyHome: "home",
    .selfCheckKeyDelete: "delete",
    .selfCheckKeyHandOver: "hand over",
    .terminalBrand: "Lakala POS",
    .terminalLegendTitle: "Keys",
    .terminalLegendDigits: "digits; . for jiao/fen",
    .terminalLegendCards: "swipe / insert / tap card",
    .terminalLegendCodeKey: "code+Enter",
    .terminalLegendCode: "scanner or paste a code",
    .terminalLegendArrows: "sign; move in lists",
    .terminalLegendPen: "lift/lower the signing pen",
    .terminalLegendHome: "back to home",
    .terminalPenUp: "pen: up (Space to ink)",
    .terminalPenDown: "pen: down (Space to lift)",
    .terminalChoiceHint: "1 void (this batch)  2 refund (settled)",
    .terminalNoCodesTitle: "The simulated terminal cannot start",
    .terminalNoCodesBody:
      "The payment-code table (data/payment-codes.toml) could not be loaded. Fix the problem below, then start PosConsole again.",
    .terminalStoreProblem: "Not stored: ",
    .terminalSlipTitle: "Slip",
    .keyHome: "home",
  ]
}
