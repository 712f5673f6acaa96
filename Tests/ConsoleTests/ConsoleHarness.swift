import Foundation
import Model
import XCTest

@testable import Console

/// The time and ID every single-step test update is given: fixed, so a test sees the
/// same state each run.
let testEnvironment = UpdateEnvironment(
  now: Date(timeIntervalSince1970: 1_764_547_200), freshID: "test-session")

/// One update with the fixed test time and ID.
func update(_ state: AppState, _ action: AppAction) -> (AppState, [AppEffect]) {
  update(state, action, testEnvironment)
}

/// Presses keys one after another through `update` (no services: effects are collected, not
/// run), the tests' one key driver for a state; `ConsoleHarness` drives the loop itself.
func press(_ state: AppState, _ keys: [Key]) -> (AppState, [AppEffect]) {
  var state = state
  var effects: [AppEffect] = []
  for key in keys {
    let (next, more) = update(state, .key(key))
    state = next
    effects += more
  }
  return (state, effects)
}

/// The same, changing `state` in place.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [AppEffect] {
  let (next, effects) = press(state, keys)
  state = next
  return effects
}

/// The console's own loop (`AppLoop`) on a fresh data dir with real services, a fixed
/// clock and numbered IDs: the one way tests drive keys through update and effects.
final class ConsoleHarness {
  let directory: String
  let services: AppServices
  private(set) var loop: AppLoop
  private let clock: () -> Date = { testEnvironment.now }
  private var ids: () -> String

  init(
    language: Language = .zh, size: ScreenSize = ScreenSize(width: 80, height: 24),
    options: ConsoleOptions = ConsoleOptions(), directory: String? = nil, load: Bool = true
  ) throws {
    let directory =
      directory
      ?? FileManager.default.temporaryDirectory
      .appendingPathComponent("harness-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    self.directory = directory
    services = AppServices(dataDirectory: directory, log: EventLog(directory: directory))
    var counter = 0
    let ids = {
      counter += 1
      return "id-\(counter)"
    }
    self.ids = ids
    loop = AppLoop(
      state: AppState(language: language, size: size, options: options), services: services,
      clock: clock, ids: ids)
    if load { loop.send(.resourcesLoaded(services.loadResources())) }
  }

  var state: AppState { loop.state }
  var screenText: String { loop.state.screenText }

  /// Sends keys one by one; slow work is waited for when `settle` is set.
  func press(_ keys: [Key], settle: Bool = true) {
    for key in keys {
      loop.send(.key(key))
      if settle { loop.settle() }
    }
  }

  /// Types `text`: "\r" is Enter, "\u{1B}" Esc, "\u{8}" Backspace, anything else a character.
  func type(_ text: String, settle: Bool = true) {
    press(text.map(TerminalScreenFixture.key), settle: settle)
  }

  /// After a quit, a new loop goes on from the same state (as a restarted console
  /// would from the stored data), so a flood can go past `q`.
  func continueAfterQuit() {
    guard loop.quitRequested else { return }
    loop.settle()
    loop = AppLoop(state: loop.state, services: services, clock: clock, ids: ids)
  }

  func removeDirectory() { try? FileManager.default.removeItem(atPath: directory) }
}

/// Service answers as actions, as the services send them.
extension AppAction {
  static func training(_ event: TrainingEvent) -> AppAction { .service(.training(event)) }
  static func escalation(_ event: EscalationEvent) -> AppAction { .service(.escalation(event)) }
  static func guideStoreFailed(_ problem: String) -> AppAction {
    .service(.guideStoreFailed(problem))
  }
  static func terminalStoreFailed(_ problem: String) -> AppAction {
    .service(.terminalStoreFailed(problem))
  }
  static func terminalRecorded(_ outcome: RecordingOutcome) -> AppAction {
    .service(.terminalRecorded(outcome))
  }
}

extension AppState {
  /// The whole frame as text, one line per row: the one screen-to-text helper of the tests.
  var screenText: String { view(self).lines().joined(separator: "\n") }

  /// The highlighted home entry, when home is on show.
  var homeSelection: Int {
    if let home = screen.shown(HomeScreen.self) { return home.list.selection }
    return -1
  }

  var isHome: Bool {
    screen.shown(HomeScreen.self) != nil
  }
}

/// Runs `actions` from `state` through the console's loop with `services` (quit is
/// taken as the end), waiting for slow work; the state it ends in.
func runThroughLoop(_ actions: [AppAction], from state: AppState, _ services: AppServices)
  -> AppState
{
  let loop = AppLoop(
    state: state, services: services, clock: { testEnvironment.now }, ids: { "loop-id" })
  for action in actions {
    loop.send(action)
    loop.settle()
  }
  return loop.state
}
