import Foundation
import GRDB

/// Guards entering and leaving training: checks PINs against the stored hash and
/// keeps the lockout (five wrong PINs lock for five minutes) in the database so a
/// restart does not lift it. Time is passed in, so tests need no waiting.
public struct TrainerPINGate: Sendable {
  /// Wrong PINs in a row that trigger the lock.
  public static let allowedFailures = 5
  /// How long the lock lasts.
  public static let lockDuration: TimeInterval = 5 * 60

  let database: AppDatabase

  public init(database: AppDatabase) {
    self.database = database
  }

  /// Whether a trainer PIN has been set (the first use sets one).
  public func hasPIN() throws -> Bool {
    try database.writer.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM training_pin") ?? 0 > 0
    }
  }

  /// Stores a new PIN (salted hash only) and clears any lock.
  public func setPIN(_ pin: String, iterations: Int = TrainerPINHash.defaultIterations) throws {
    let made = try TrainerPINHash.make(pin: pin, iterations: iterations)
    try database.write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO training_pin (id, salt, hash, iterations) VALUES (1, ?, ?, ?)",
        arguments: [Data(made.salt), Data(made.hash), made.iterations])
      try db.execute(sql: "DELETE FROM training_lock")
    }
  }

  /// Clears the PIN and any lockout without the old PIN (what a store manager does when a
  /// trainer leaves); says what there was to clear. The next use of training sets a new PIN.
  public func resetPIN() throws -> TrainerPINReset {
    try database.write { db in
      let hadPIN = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM training_pin") ?? 0 > 0
      let failures = try Int.fetchOne(db, sql: "SELECT failures FROM training_lock WHERE id = 1")
      let locked = try Date.fetchOne(db, sql: "SELECT lockedUntil FROM training_lock WHERE id = 1")
      try db.execute(sql: "DELETE FROM training_pin")
      try db.execute(sql: "DELETE FROM training_lock")
      return TrainerPINReset(
        hadPIN: hadPIN, wrongEntries: failures ?? 0, lockedUntil: locked)
    }
  }

  /// Until when training is locked, if it is at `now`.
  public func lockedUntil(at now: Date) throws -> Date? {
    try database.writer.read { db in
      let until = try Date.fetchOne(db, sql: "SELECT lockedUntil FROM training_lock WHERE id = 1")
      return until.flatMap { $0 > now ? $0 : nil }
    }
  }

  /// Checks `pin` at `now`, counting wrong entries and locking after the fifth.
  ///
  /// Every entry is counted as wrong, in one write transaction, before its hash is worked
  /// out, and is taken back only when it proves right: entries made at once (several
  /// `set-pin`s, a script) each take one of the five tries, and the sixth finds the lock.
  /// Counting after the slow hash let parallel entries overwrite each other's count and the
  /// lock itself (300 guesses found a 6-digit PIN in 19 s).
  public func check(_ pin: String, at now: Date) throws -> TrainerPINCheck {
    guard let stored = try storedHash() else { return .noPINSet }
    let reserved: Reservation = try database.write { db in
      let row = try Row.fetchOne(
        db, sql: "SELECT failures, lockedUntil FROM training_lock WHERE id = 1")
      if let until: Date = row?["lockedUntil"], until > now { return .locked(until) }
      let failures = (row?["failures"] as Int? ?? 0) + 1
      let until = failures >= Self.allowedFailures ? now.addingTimeInterval(Self.lockDuration) : nil
      try db.execute(
        sql: "INSERT OR REPLACE INTO training_lock (id, failures, lockedUntil) VALUES (1, ?, ?)",
        arguments: [until == nil ? failures : 0, until])
      return .counted(failures: failures, lockedUntil: until)
    }
    guard case .counted(let failures, let lockedByThis) = reserved else {
      if case .locked(let until) = reserved { return .locked(until: until) }
      return .noPINSet
    }
    if stored.matches(pin) {
      try database.write { db in
        // Right: the count starts again, and a lock this entry set is lifted; a lock another
        // entry set meanwhile stays.
        try db.execute(
          sql: """
            UPDATE training_lock SET failures = 0, lockedUntil = NULL
            WHERE id = 1 AND (lockedUntil IS NULL OR lockedUntil = ?)
            """,
          arguments: [lockedByThis])
      }
      return .accepted
    }
    if let lockedByThis { return .locked(until: lockedByThis) }
    return .refused(triesLeft: Self.allowedFailures - failures)
  }

  /// One entry's place in the count, taken before its hash is checked.
  private enum Reservation {
    case locked(Date)
    case counted(failures: Int, lockedUntil: Date?)
  }

  func storedHash() throws -> TrainerPINHash? {
    try database.writer.read { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT salt, hash, iterations FROM training_pin WHERE id = 1")
      else { return nil }
      let salt: Data = row["salt"] ?? Data()
      let hash: Data = row["hash"] ?? Data()
      return TrainerPINHash(
        salt: Array(salt), hash: Array(hash), iterations: row["iterations"] ?? 0)
    }
  }
}

/// What `resetPIN` cleared.
public struct TrainerPINReset: Equatable, Sendable {
  /// A PIN was set.
  public var hadPIN: Bool
  /// Wrong entries counted towards the lockout.
  public var wrongEntries: Int
  /// The end of a lockout that was in force (or had been).
  public var lockedUntil: Date?
}

/// The answer to one PIN entry.
public enum TrainerPINCheck: Equatable, Sendable {
  /// The PIN is right.
  case accepted
  /// Wrong; this many more wrong entries before the lock.
  case refused(triesLeft: Int)
  /// Too many wrong entries: no PIN is checked until this time.
  case locked(until: Date)
  /// No trainer PIN has been set yet: set one first.
  case noPINSet
}
