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
    var pending: [AppAction] = [.resourcesLoaded(services.loadResources())]
    while true {
      if apply(pending, to: &state, draw: { driver.draw(view($0)) }) { return }
      pending = []
      driver.draw(view(state))
      guard let first = driver.readKey() else { continue }
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
        case .inputLost:
          services.log.write("input lost: the terminal went away; stopping")
          throw .inputLost
        }
      }
    }
  }

  /// Runs actions through `update` and their effects through the services, until
  /// no new actions come back. Returns true when the console should quit.
  /// What an effect answers goes before keys still queued (a scanner's Enter after the
  /// code must not reach the unit before the store's answer does). `draw` puts the state on screen before an effect that may take a while (journalling
  /// a sale can wait for another program's write), so the unit shows 正在记账 meanwhile.
  private func apply(
    _ actions: [AppAction], to state: inout AppState, draw: (AppState) -> Void
  ) -> Bool {
    var queue = actions
    while !queue.isEmpty {
      let (next, effects) = update(state, queue.removeFirst())
      state = next
      var answers: [AppAction] = []
      for effect in effects {
        if effect.isQuit {
          services.log.write("quit")
          return true
        }
        if effect.mayWait { draw(state) }
        answers += services.perform(effect)
      }
      queue.insert(contentsOf: answers, at: 0)
    }
    return false
  }
}
