import Model

/// The shipped data the screens work from, loaded once after the first frame.
///
/// A piece that could not be loaded is nil (or empty) and its reason, naming the
/// file, is in `problems`; screens that need it say so instead of failing.
struct Resources: Sendable {
  var codes: PaymentCodeTable?
  /// The simulated unit's profile (`--terminal-profile`).
  var profile: TerminalProfile?
  var guides: [Guide] = []
  var merchantTables: MerchantCodeTables?
  /// What the terminal simulator starts from: the stored batch and settings.
  var ledger = TerminalLedger()
  var settings = TerminalSettings()
  /// Whether the data dir's database could be opened.
  var databaseOpen = false
  /// Why records cannot be kept (data dir or database unusable), for the home notice;
  /// the simulated unit refuses payments meanwhile. Nil when the store works.
  var storeProblem: DataStoreProblem?
  /// One line per thing that could not be loaded: what, where, what to do.
  var problems: [String] = []
  /// Training was on when the console last stopped (quit, signal or crash): it starts in
  /// training again, and only the trainer's PIN turns it off.
  var storedTraining: TrainingModeRecord?
  /// A self-check left unfinished (e.g. the program was killed), offered for resuming.
  var unfinishedGuide: ResumableGuideSession?
  /// Open cases and overdue routine care, for home's notices; refreshed whenever the records
  /// screen reads the records again.
  var records: RecordsHomeSummary?

  /// Nothing loaded yet (before the first frame, and in tests that need nothing).
  static let empty = Resources()

  /// The guides with the menu names of the loaded profile, as the cashier must read them.
  mutating func nameGuideMenus() {
    guard let profile else { return }
    guides = guides.map { $0.namingMenus(of: profile) }
  }
}

/// A saved session that did not end, with its answers, found when resources load.
struct ResumableGuideSession: Sendable {
  var record: GuideSessionRecord
  var answers: [GuideAnswer]
}
