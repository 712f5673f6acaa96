#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Tells a long writer (a merchant import) that a short one (a sale, a training record)
/// is waiting for the database's write lock, so it steps aside only then.
///
/// SQLite gives no sign of a waiting writer, so the import used to pause after every one of
/// its short transactions, in case: a third of its time. Instead every short write holds a
/// shared advisory lock on `<database>.write-intent` while it waits and writes; between its
/// transactions the import tries that lock exclusively: if it gets it, nobody waits and it
/// goes on at once; if not, it waits (lock released) until the writers are through. The
/// kernel drops a lock when its process dies, so a crashed console never stalls an import.
public struct WriteIntent: Sendable {
  /// The lock file beside the database.
  public let path: String

  /// The intent file for the database at `databasePath`; nil for in-memory databases, which
  /// no other process can reach.
  public init?(databasePath: String) {
    guard !databasePath.isEmpty, databasePath != ":memory:" else { return nil }
    path = databasePath + ".write-intent"
  }

  /// Runs `write` while this process says it wants the write lock. When the file cannot be
  /// opened (a read-only folder), the write goes on unannounced: an import then only pauses
  /// less for it; nothing is lost.
  public func announcing<T>(_ write: () throws -> T) rethrows -> T {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return try write() }
    // Closing the descriptor releases the lock, also when `write` throws.
    defer { close(descriptor) }
    while flock(descriptor, LOCK_SH) != 0 && errno == EINTR {}
    return try write()
  }

  /// The long writer's side, between two of its transactions.
  public final class Yielder {
    private let descriptor: Int32

    /// Opens the intent file; nil when it cannot be opened (then the import never pauses).
    public init?(_ intent: WriteIntent) {
      descriptor = open(intent.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Waits while another writer announces its intent, at most `longest`; returns how long
    /// it waited (zero when nobody wanted the lock).
    @discardableResult
    public func yieldIfWanted(longest: Duration = .milliseconds(250)) -> Duration {
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
        flock(descriptor, LOCK_UN)
        return .zero
      }
      let started = ContinuousClock.now
      while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
        guard errno == EWOULDBLOCK || errno == EINTR else { return .zero }
        let waited = ContinuousClock.now - started
        if waited >= longest { return waited }
        // The waiting writer sits in SQLite's busy handler, which retries every few ms.
        usleep(500)
      }
      flock(descriptor, LOCK_UN)
      return ContinuousClock.now - started
    }
  }
}
