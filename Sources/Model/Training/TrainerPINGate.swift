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
  public func check(_ pin: String, at now: Date) throws -> TrainerPINCheck {
    if let until = try lockedUntil(at: now) { return .locked(until: until) }
    guard let stored = try storedHash() else { return .noPINSet }
    if stored.matches(pin) {
      try database.write { db in try db.execute(sql: "DELETE FROM training_lock") }
      return .accepted
    }
    return try database.write { db in
      let failures =
        (try Int.fetchOne(db, sql: "SELECT failures FROM training_lock WHERE id = 1") ?? 0) + 1
      if failures >= Self.allowedFailures {
        let until = now.addingTimeInterval(Self.lockDuration)
        try db.execute(
          sql: "INSERT OR REPLACE INTO training_lock (id, failures, lockedUntil) VALUES (1, 0, ?)",
          arguments: [until])
        return .locked(until: until)
      }
      try db.execute(
        sql: "INSERT OR REPLACE INTO training_lock (id, failures, lockedUntil) VALUES (1, ?, NULL)",
        arguments: [failures])
      return .refused(triesLeft: Self.allowedFailures - failures)
    }
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
