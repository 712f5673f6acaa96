import Model

/// Which screen the console shows.
enum Screen: Sendable {
  case home
  /// An entry whose capability is not built yet: says so plainly.
  case notBuilt(HomeEntry)
  case escalation(EscalationSession)
}

/// Everything the console shows, as one value; `update` makes the next one.
struct AppState: Sendable {
  var language: Language
  var screen: Screen = .home
  /// Index into `HomeEntry.allCases` of the highlighted home entry.
  var homeSelection = 0
  var size: ScreenSize
  var showHelp = false
  /// The terminal cannot show UTF-8: draw ASCII only and say so.
  var asciiOnly = false
  /// Shipped data and stored records, loaded after the first frame.
  var resources = Resources.empty
  /// Command-line choices (faults, seed).
  var options = ConsoleOptions()

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
