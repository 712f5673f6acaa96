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
    .trainingTitle: "Training",
    .trainingPINEnter: "Enter the trainer PIN to start training",
    .trainingPINLeave: "Enter the trainer PIN to leave training",
    .trainingPINSetNew: "First use: set a trainer PIN (4-12 digits)",
    .trainingPINConfirm: "Type the new PIN again",
    .trainingPINWrong: "Wrong PIN; %1 tries left",
    .trainingPINLocked: "Too many wrong PINs: training is locked for about %1 min",
    .trainingPINsDiffer: "The two entries differ; set it again",
    .trainingNoDatabase: "The database cannot be opened; training records are unavailable",
    .trainingNoScenarios: "No training scenarios found (guides/scenarios)",
    .trainingSaveFailed: "The result could not be saved",
    .trainingMenuRun: "Start a run: trainee and scenario",
    .trainingMenuSeries: "A random series of scenarios",
    .trainingMenuPractice: "Free practice with chosen faults",
    .trainingMenuReport: "Report of results",
    .trainingMenuLeave: "Leave training (needs the PIN)",
    .trainingTraineePrompt: "Trainee name or ID:",
    .trainingScenarioPrompt: "Choose a scenario:",
    .trainingPracticePrompt: "Space toggles a fault, Enter starts free practice:",
    .trainingRunIntro:
      "Trainee %1: the customer presents %2. Work the simulated terminal and the self-check, then press D to declare the cause.",
    .trainingRunPar: "Par: %1 steps, %2 s",
    .trainingHintLabel: "Hint",
    .trainingDeclarePrompt: "Declare the cause:",
    .trainingResultScore: "Score %1 / 100",
    .trainingResultRight: "Right cause",
    .trainingResultWrong: "Wrong cause",
    .trainingResultCause: "The cause:",
    .trainingResultFix: "Fix:",
    .trainingResultPath: "Right path:",
    .trainingReportEmpty: "No training results yet.",
    .trainingReportTopics: "By topic",
    .trainingCard: "a bank card (%1)",
    .keyConfirm: "confirm",
    .keyClear: "clear",
    .keyHint: "hint",
    .keyDeclare: "declare",
    .keyToggle: "toggle",
    .keyStart: "start",
    .keyNext: "next",
  ]
}
