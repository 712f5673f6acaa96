import Dispatch
import Synchronization

/// Runs slow effects off the drawing loop, one at a time, and keeps their answers
/// until the loop takes them, so a frame never waits for a PIN hash.
final class BackgroundWork: Sendable {
  /// The answers not yet taken and the count of jobs still running, under one lock.
  private struct Pending {
    var answers: [AppAction] = []
    var running = 0
  }

  private let pending = Mutex(Pending())
  // One job at a time, so the database sees the same order of work as the loop asked for it.
  private let queue = DispatchQueue(label: "pos-console.background")
  private let group = DispatchGroup()

  /// Whether work is still running or answers are waiting to be taken.
  var isBusy: Bool { pending.withLock { $0.running > 0 || !$0.answers.isEmpty } }

  func start(_ job: @escaping @Sendable () -> [AppAction]) {
    pending.withLock { $0.running += 1 }
    queue.async(group: group) { [self] in
      let result = job()
      pending.withLock {
        $0.answers += result
        $0.running -= 1
      }
    }
  }

  /// The answers that came back since the last call.
  func takeAnswers() -> [AppAction] {
    pending.withLock {
      let taken = $0.answers
      $0.answers = []
      return taken
    }
  }

  /// Blocks until every job started so far has answered (tests and shutdown).
  func waitUntilIdle() { group.wait() }
}
