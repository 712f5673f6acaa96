import Model

/// The app loop: read keys, `update`, `view`, draw; run effects outside `update`.
struct ConsoleRunner {
  var language: Language
  var theme: Theme
  var noColor: Bool
  var options: ConsoleOptions
  var services: AppServices

  func run() throws(DriverError) {
    let driver = NcursesDriver(theme: theme, noColor: noColor)
    try driver.start()
    defer { driver.stop() }
    let size = driver.size
    services.log.write(
      "start theme=\(theme.name) colours=\(driver.colorLevel) ascii=\(driver.asciiOnly) "
        + "size=\(size.width)x\(size.height)")
    var state = AppState(
      language: language, size: size, asciiOnly: driver.asciiOnly, options: options)
    driver.draw(view(state))
    // Loading waits until the first frame is on screen.
    var pending: [AppAction] = [
      .resourcesLoaded(services.loadResources(terminalProfile: options.terminalProfile))
    ]
    while true {
      if apply(pending, to: &state) { return }
      pending = []
      driver.draw(view(state))
      // While the terminal waits (a wallet password), time passes without keys.
      let tickWait = state.terminalWaits ? options.simulatedSecondMilliseconds : nil
      guard let first = driver.readKey(timeoutMilliseconds: tickWait) else {
        if tickWait != nil { pending.append(.tick) }
        continue
      }
      // Take every key already queued before drawing, so a paste or a flood of
      // keys costs one frame instead of one per key.
      var events = [first]
      while events.count < 4096, let more = driver.readKey(wait: false) { events.append(more) }
      for event in events {
        switch event {
        case .key(let key): pending.append(.key(key))
        case .resize:
          driver.invalidate()
          pending.append(.resize(driver.size))
        }
      }
    }
  }

  /// Runs actions through `update` and their effects through the services, until
  /// no new actions come back. Returns true when the console should quit.
  private func apply(_ actions: [AppAction], to state: inout AppState) -> Bool {
    var queue = actions
    while !queue.isEmpty {
      let (next, effects) = update(state, queue.removeFirst())
      state = next
      for effect in effects {
        if effect.isQuit {
          services.log.write("quit")
          return true
        }
        queue += services.perform(effect)
      }
    }
    return false
  }
}
