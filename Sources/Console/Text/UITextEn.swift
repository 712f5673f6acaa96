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
    .escCallTitle: "Customer service",
    .escCallNumber: "☎ Call 95016",
    .escCallReady: "have these numbers ready",
    .escMerchantNumber: "Merchant no.",
    .escTerminalNumber: "Terminal no.",
    .escSerial: "Serial no.",
    .escFirmware: "Firmware",
    .escUnknownSerial: "see the label on the back",
    .escStepsTitle: "Steps (✓ = already done in the self-check)",
    .escLoading: "Reading the latest self-check…",
    .escNoSession:
      "No self-check yet: press 4 on the home screen first; the agent will ask what you checked.",
    .escFromSession: "Latest self-check: %1",
    .escCause: "Self-check found: %1",
    .escProblem: "Could not read: %1",
    .escMenu: "1 Merchant lookup  2 跳码 slip check  3 Case summary  4 Save summary",
    .escSaved: "Case summary saved to:",
    .escSummaryTitle: "Case summary",
    .escNoDatabase: "The database is not open, so the directory cannot be searched: ",
    .escDirectoryFailed: "The directory lookup failed: ",
    .escNoTables:
      "The merchant code tables (data/acquirers.toml, regions.toml, mcc.toml) are not loaded, so nothing can be decoded: ",
    .lookupTitle: "Merchant-number lookup",
    .lookupPrompt:
      "Type the 15-digit merchant number, Enter to look up (spaces, dashes and full-width digits are fine)",
    .lookupField: "Merchant no.",
    .lookupPending: "Looking up…",
    .slipTitle: "跳码 slip check",
    .slipPrompt:
      "Type the merchant number printed on a recent slip (terminal optional) and press Enter to "
      + "compare it with the registered number, field by field.",
    .slipRegistered: "Registered no.",
    .slipOnSlip: "Slip merchant no.",
    .slipTerminal: "Slip terminal (optional)",
    .keyScroll: "scroll",
    .keyLookUp: "look up",
    .keyCheck: "compare",
    .keyDelete: "delete",
    .keyNextField: "next field",
    .keySave: "save",
  ]
}
