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

  var isQuit: Bool {
    if case .quit = self { return true }
    return false
  }

  /// Effects that may wait on the database: its write lock, and the disk's flush of
  /// every commit (synchronous = FULL: a few ms here, far more on a slow card). The
  /// screen is drawn first, so the unit shows 正在记账 meanwhile and a self-check's next
  /// step shows while its answer is being stored, not after.
  var mayWait: Bool {
    switch self {
    case .persistTerminal(let events):
      return events.contains { if case .recordRequested = $0 { true } else { false } }
    case .guideBegin, .guideSave, .guideAbandon: return true
    default: return false
    }
  }

  /// Work too slow for the drawing loop (a deliberately slow PIN hash): it runs off
  /// the loop and its answer comes back as an action.
  var isSlow: Bool {
    switch self {
    case .training(.checkPIN), .training(.setPIN): true
    default: false
    }
  }
}
