import Model

/// The app loop: read keys, `update`, `view`, draw; run effects outside `update`.
struct ConsoleRunner {
  var language: Language
  var theme: Theme
  var noColor: Bool
  var log: EventLog

  func run() throws(DriverError) {
    let driver = NcursesDriver(theme: theme, noColor: noColor)
    try driver.start()
    defer { driver.stop() }
    log.write(
      "start theme=\(theme.name) colours=\(driver.colorLevel) ascii=\(driver.asciiOnly) size=\(driver.size.width)x\(driver.size.height)"
    )
    var state = AppState(language: language, size: driver.size, asciiOnly: driver.asciiOnly)
    driver.draw(view(state))
    while true {
      guard let first = driver.readKey() else { continue }
      // Take every key already queued before drawing, so a paste or a flood of
      // keys costs one frame instead of one per key.
      var events = [first]
      while events.count < 4096, let more = driver.readKey(wait: false) { events.append(more) }
      for event in events {
        let action: AppAction
        switch event {
        case .key(let key): action = .key(key)
        case .resize:
          driver.invalidate()
          action = .resize(driver.size)
        }
        let (next, effects) = update(state, action)
        state = next
        for effect in effects {
          switch effect {
          case .quit:
            log.write("quit")
            return
          case .log(let message): log.write(message)
          }
        }
      }
      driver.draw(view(state))
    }
  }
}
