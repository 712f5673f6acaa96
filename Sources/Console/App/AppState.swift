import Model

/// Which screen the console shows.
enum Screen: Sendable {
  case home
  /// 客服与升级 (issue 5): steps, 95016, merchant lookup and the 跳码 check.
  case escalation(EscalationSession)
  /// Home entry 4: the guided scan self-check.
  case selfCheck(SelfCheckSession)
  /// The simulated terminal, opened from home entries 1, 2, 3 and 7.
  case terminal(TerminalSession)
  /// Training mode's screens (issue 6).
  case training(TrainingScreen)
}

/// Everything the console shows, as one value; `update` makes the next one.
struct AppState: Sendable {
  var language: Language
  var screen: Screen = .home
  /// Index into `HomeEntry.allCases` of the highlighted home entry.
  var homeSelection = 0
  var size: ScreenSize
  var showHelp = false
  /// A one-line message on the home screen until the next key there.
  var homeNotice: UIText?
  /// The terminal cannot show UTF-8: draw ASCII only and say so.
  var asciiOnly = false
  /// Shipped data and stored records, loaded after the first frame.
  var resources = Resources.empty
  /// Command-line choices (faults, seed).
  var options = ConsoleOptions()
  /// The simulated unit while the cashier is elsewhere, so it stays signed in.
  var parkedTerminal: TerminalSimulator?
  /// Training mode, while it is on: every screen shows the TRAINING bar.
  var training: TrainingMode?

  init(
    language: Language, size: ScreenSize, asciiOnly: Bool = false,
    options: ConsoleOptions = ConsoleOptions(), resources: Resources = .empty
  ) {
    self.language = asciiOnly ? .en : language
    self.size = size
    self.asciiOnly = asciiOnly
    self.options = options
    self.resources = resources
  }
}
