import Dispatch
import Foundation

/// Runs slow effects off the drawing loop, one at a time, and keeps their answers
/// until the loop takes them, so a frame never waits for a PIN hash.
final class BackgroundWork: @unchecked Sendable {
  // The lock guards `answers` and `running`; the queue runs one job at a time so
  // the database sees the same order of work as the loop asked for it.
  private let lock = NSLock()
  private let queue = DispatchQueue(label: "pos-console.background")
  private let group = DispatchGroup()
  private var answers: [AppAction] = []
  private var running = 0

  /// Whether work is still running or answers are waiting to be taken.
  var isBusy: Bool {
    lock.lock()
    defer { lock.unlock() }
    return running > 0 || !answers.isEmpty
  }

  func start(_ job: @escaping @Sendable () -> [AppAction]) {
    lock.lock()
    running += 1
    lock.unlock()
    queue.async(group: group) { [self] in
      let result = job()
      lock.lock()
      answers += result
      running -= 1
      lock.unlock()
    }
  }

  /// The answers that came back since the last call.
  func takeAnswers() -> [AppAction] {
    lock.lock()
    defer { lock.unlock() }
    let taken = answers
    answers = []
    return taken
  }

  /// Blocks until every job started so far has answered (tests and shutdown).
  func waitUntilIdle() { group.wait() }
}
