import Model

/// Everything the console shows, as one value; `update` makes the next one.
struct AppState: Sendable {
  var language: Language
  /// The screen on show; the registry lists which there are.
  var screen = AnyScreen(HomeScreen())
  /// The home menu as it was left, so coming back finds the same entry highlighted.
  var home = HomeScreen()
  var size: ScreenSize
  var showHelp = false
  /// The terminal cannot show UTF-8: draw ASCII only and say so.
  let asciiOnly: Bool
  /// Shipped data and stored records, loaded after the first frame.
  var resources = Resources.empty
  /// Command-line choices (faults, seed): never changed after start.
  let options: ConsoleOptions
  /// The shop, training mode and the parked unit, with the rules for what the cashier's
  /// actions change (Model's `CounterSession`).
  var counter: CounterSession
  /// The simulated unit while the cashier is elsewhere, so it stays signed in.
  var parkedTerminal: TerminalSimulator? {
    get { counter.parkedTerminal }
    set { counter.parkedTerminal = newValue }
  }
  /// Training mode, while it is on: every screen shows the TRAINING bar.
  var training: TrainingMode? {
    get { counter.training }
    set { counter.training = newValue }
  }
  /// The shop around the unit outside training: `--fault` staged it.
  var shop: ShopState {
    get { counter.shop }
    set { counter.shop = newValue }
  }

  init(
    language: Language, size: ScreenSize, asciiOnly: Bool = false,
    options: ConsoleOptions = ConsoleOptions(), resources: Resources = .empty
  ) {
    self.language = asciiOnly ? .en : language
    self.size = size
    self.asciiOnly = asciiOnly
    self.options = options
    self.resources = resources
    counter = CounterSession(shop: ShopState.with(faults: options.faults))
  }

  /// The shop the simulated unit stands in now: training's while training is on.
  var currentShop: ShopState { counter.currentShop }

  /// What the screen on show may read for an input at `environment`'s time.
  func context(_ environment: UpdateEnvironment) -> ScreenContext {
    ScreenContext(
      language: language, size: size, resources: resources, options: options, training: training,
      shop: currentShop, asciiOnly: asciiOnly, body: frameLayout.body, now: environment.now,
      freshID: environment.freshID, homeMenu: ScreenRegistry.homeMenu)
  }

  /// The frame for the screen on show: its notices and the training bar take rows.
  var frameLayout: FrameLayout {
    FrameLayout(size: size, noticeCount: noticeCount, training: training != nil)
  }

  /// The screen on show subscribes to time (the runner then sends ticks). Asked once per
  /// turn of the runner's loop, so it is not given the body (laying out the frame lists the
  /// notices).
  var waitsOnTime: Bool { screen.waitsOnTime(bodiless) }

  /// Notices need no time or ID to be listed.
  var noticeCount: Int { screen.notices(bodiless).count + (asciiOnly ? 1 : 0) }

  /// A context without the body, the time or an ID: for questions that need none of them.
  private var bodiless: ScreenContext {
    ScreenContext(
      language: language, size: size, resources: resources, options: options, training: training,
      shop: currentShop, asciiOnly: asciiOnly, body: .zero, now: .distantPast, freshID: "",
      homeMenu: ScreenRegistry.homeMenu)
  }
}
