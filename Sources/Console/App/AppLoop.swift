import Foundation
import Model

/// The console's loop without the terminal: actions through `update`, effects through
/// the services (slow ones off the loop), the time and IDs from sources handed in.
/// The console and the tests run this same loop.
final class AppLoop {
  private(set) var state: AppState
  let services: AppServices
  private let clock: () -> Date
  private let ids: () -> String
  private let background = BackgroundWork()
  /// Set when an effect asked the console to quit.
  private(set) var quitRequested = false

  /// Called with the state before an effect that may wait (journalling a sale can wait
  /// for another program's write), so the screen shows what is going on.
  private let willWait: (AppState) -> Void

  init(
    state: AppState, services: AppServices, clock: @escaping () -> Date = { Date() },
    ids: @escaping () -> String = SessionIDs().next,
    willWait: @escaping (AppState) -> Void = { _ in }
  ) {
    self.state = state
    self.services = services
    self.clock = clock
    self.ids = ids
    self.willWait = willWait
  }

  /// Whether slow work is still running (the console then polls for its answers).
  var isBusy: Bool { background.isBusy }

  /// Runs `actions` and every action their effects lead to, until none are left. What
  /// an effect answers goes before keys still queued: a scanner's Enter after the code
  /// must not reach the unit before the store's answer does.
  func send(_ actions: [AppAction]) {
    var queue = actions
    while !queue.isEmpty, !quitRequested {
      let environment = UpdateEnvironment(now: clock(), freshID: ids())
      let (next, effects) = update(state, queue.removeFirst(), environment)
      state = next
      var answers: [AppAction] = []
      defer { queue.insert(contentsOf: answers, at: 0) }
      for effect in effects {
        if effect.isQuit {
          services.log.write("quit")
          quitRequested = true
          return
        }
        if effect.runsOffTheLoop {
          let work = services.work
          background.start { work.perform(effect) }
        } else {
          if effect.mayWait { willWait(state) }
          answers += services.perform(effect)
        }
      }
    }
  }

  func send(_ action: AppAction) { send([action]) }

  /// Applies the answers of slow work that came back.
  func takeBackgroundAnswers() { send(background.takeAnswers()) }

  /// Waits for slow work and applies its answers (tests, and before quitting).
  func settle() {
    background.waitUntilIdle()
    takeBackgroundAnswers()
  }
}
