import Model

/// The app loop on a real terminal: read keys, run them through `AppLoop`, draw.
struct ConsoleRunner {
  var language: Language
  var theme: Theme
  var noColor: Bool
  var options: ConsoleOptions
  var services: AppServices

  /// How often the loop looks for answers of slow work while no key comes.
  private let pollMilliseconds: Int32 = 20

  func run() throws(DriverError) {
    let driver = NcursesDriver(theme: theme, noColor: noColor)
    try driver.start()
    defer { driver.stop() }
    let size = driver.size
    services.log.write(
      "start theme=\(theme.name) colours=\(driver.colorLevel) ascii=\(driver.asciiOnly) "
        + "size=\(size.width)x\(size.height)")
    let loop = AppLoop(
      state: AppState(
        language: language, size: size, asciiOnly: driver.asciiOnly, options: options),
      services: services, willWait: { driver.draw(view($0)) })
    driver.draw(view(loop.state))
    // Loading waits until the first frame is on screen.
    loop.send(.resourcesLoaded(services.loadResources(terminalProfile: options.terminalProfile)))
    while !loop.quitRequested {
      driver.draw(view(loop.state))
      // While the terminal waits on time (a wallet password), each quiet interval is a
      // simulated second.
      let ticking = loop.state.waitsOnTime && !loop.isBusy
      let timeout =
        loop.isBusy ? pollMilliseconds : ticking ? options.simulatedSecondMilliseconds : -1
      let first = driver.readKey(timeoutMilliseconds: timeout)
      loop.takeBackgroundAnswers()
      guard let first else {
        if ticking { loop.send(.tick) }
        continue
      }
      // Take every key already queued before drawing, so a paste or a flood of
      // keys costs one frame instead of one per key.
      var events = [first]
      while events.count < 4096, let more = driver.readKey(wait: false) { events.append(more) }
      var actions: [AppAction] = []
      for event in events {
        switch event {
        case .key(let key): actions.append(.key(key))
        case .resize:
          driver.invalidate()
          actions.append(.resize(driver.size))
        case .inputLost:
          services.log.write("input lost: the terminal went away; stopping")
          throw .inputLost
        }
      }
      loop.send(actions)
    }
  }
}
