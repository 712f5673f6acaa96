import Foundation
import Model

/// Work `update` asks for but does not do itself, so it stays a pure function.
enum AppEffect: Sendable {
  case quit
  case log(String)
  /// Reading, looking up or saving for the escalation screen.
  case escalation(EscalationRequest)
  /// Store a new self-check session (its first step is on screen).
  case guideBegin(GuideEngine, sessionID: String)
  /// Store the session's whole path after an answer, back or change.
  case guideSave(GuideEngine, sessionID: String)
  /// Set an unfinished session aside (the cashier started over).
  case guideAbandon(sessionID: String, at: Date)
  /// Store what the simulated terminal reported (journal a pending transaction first).
  case persistTerminal([TerminalEvent])
  case training(TrainingEffect)
  /// Reading the records, or a care tick, ticket or outcome and then reading them again.
  case records(RecordsRequest)

  var isQuit: Bool {
    if case .quit = self { return true }
    return false
  }

  /// Effects on the loop that may wait on the database: its write lock, and the disk's
  /// flush of every commit (synchronous = FULL: a few ms here, far more on a slow card).
  /// The screen is drawn first, so the unit shows "recording" meanwhile.
  var mayWait: Bool {
    guard case .persistTerminal(let events) = self else { return false }
    return events.contains { if case .recordRequested = $0 { true } else { false } }
  }

  /// Work that touches a file or the database, or parses data: it runs off the drawing
  /// loop (`ServiceWork`) and its answer comes back as an action, so a frame never waits
  /// for a PIN hash, a guide store or a case summary's file. The unit's records stay on
  /// the loop: the store's answer to a sale must reach the unit before the next key does
  /// (a scanner's Enter right after the code).
  var runsOffTheLoop: Bool {
    switch self {
    case .escalation, .guideBegin, .guideSave, .guideAbandon, .training, .records: true
    case .quit, .log, .persistTerminal: false
    }
  }
}
