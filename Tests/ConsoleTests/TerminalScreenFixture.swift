import Foundation
import Model

@testable import Console

/// Builds console states with the real payment-code table and types keys into them.
enum TerminalScreenFixture {
  static let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A console at home with the shipped code table loaded and nothing stored yet.
  static func state(
    _ language: Language, faults: Set<ScanFault> = [], ledger: TerminalLedger = TerminalLedger(),
    size: ScreenSize = ScreenSize(width: 80, height: 24)
  ) throws -> AppState {
    var resources = Resources()
    resources.codes = try PaymentCodeTable(
      contentsOfFile: repoRoot.appendingPathComponent("data/payment-codes.toml").path)
    resources.profile = try TerminalProfile(
      contentsOfFile: repoRoot.appendingPathComponent(
        "data/terminal-profiles/lakala-dianqian.toml"
      ).path)
    resources.ledger = ledger
    return AppState(
      language: language, size: size, options: ConsoleOptions(faults: faults, seed: 1),
      resources: resources)
  }

  /// Types `keys`: "\r" is Enter, "\u{1B}" Esc, "\u{8}" Backspace, anything else a character.
  static func press(_ state: AppState, _ keys: String) -> AppState {
    press(state, keys.map(key))
  }

  /// Sends `keys` one by one, dropping the effects but answering the unit's requests
  /// to journal.
  static func press(_ state: AppState, _ keys: [Key]) -> AppState {
    var state = state
    for key in keys { state = journalled(update(state, .key(key))).0 }
    return state
  }

  /// Sends `keys` and collects every effect they asked for.
  static func effects(_ state: inout AppState, _ keys: String) -> [AppEffect] {
    var all: [AppEffect] = []
    for key in keys.map(key) {
      let (next, effects) = journalled(update(state, .key(key)))
      state = next
      all += effects
    }
    return all
  }

  /// Answers every request to journal in `result`'s effects with the unit's own next
  /// numbers, as a store that is the only writer would; returns every effect seen.
  static func journalled(_ result: (AppState, [AppEffect])) -> (AppState, [AppEffect]) {
    var (state, all) = result
    for case .persistTerminal(let events) in result.1 {
      for case .recordRequested(let pending) in events {
        guard let session = state.screen.shown(TerminalSession.self), let unit = session.simulator
        else {
          continue
        }
        let numbers = unit.ledger.counters(training: pending.training).numbers
        let (next, more) = journalled(update(state, .terminalRecorded(.recorded(numbers))))
        state = next
        all += more
      }
    }
    return (state, all)
  }

  static func key(_ c: Character) -> Key {
    switch c {
    case "\r": .enter
    case "\u{1B}": .escape
    case "\u{8}": .backspace
    default: .character(c)
    }
  }
}
