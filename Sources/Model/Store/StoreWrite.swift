import GRDB

/// One write to the app database: a single IMMEDIATE transaction (so the write lock is
/// taken before anything is read), retried a bounded number of times when another
/// connection held the lock for longer than the busy timeout. Failures come back typed.
enum StoreWrite {
  /// Tries after the first one; with the busy timeout the longest wait is
  /// `(retries + 1) × AppDatabase.busyTimeoutSeconds`.
  static let retries = 2

  static func run<T>(_ database: AppDatabase, _ work: (Database) throws -> T)
    throws(RecordFailure) -> T
  {
    var attempt = 0
    while true {
      // A replaced or overwritten file takes no more sales: SQLite would write them to the
      // old inode and say they were stored.
      if let change = database.fileChange() { throw RecordFailure(.corrupt, detail: change) }
      do {
        return try database.announcing {
          try database.writer.writeWithoutTransaction { db -> T in
            var result: T?
            try db.inTransaction(.immediate) {
              result = try work(db)
              return .commit
            }
            guard let result else { throw RecordFailure(.ioError, detail: "nothing was written") }
            return result
          }
        }
      } catch let failure as RecordFailure {
        throw failure
      } catch let error as DatabaseError {
        let failure = Self.failure(error)
        if failure.kind == .busy, attempt < retries {
          attempt += 1
          continue
        }
        throw failure
      } catch {
        throw RecordFailure(.ioError, detail: "\(error)")
      }
    }
  }

  /// A write that is rolled back: fails as a real write would (read-only, corrupt, busy).
  /// It waits at most `waitMilliseconds` for another writer, so a start during an import
  /// is not held up by the full busy timeout.
  static func probe(_ database: AppDatabase, waitMilliseconds: Int = 200) throws(RecordFailure) {
    do {
      try database.announcing {
        try database.writer.writeWithoutTransaction { db in
          try db.execute(sql: "PRAGMA busy_timeout = \(waitMilliseconds)")
          defer {
            try? db.execute(sql: "PRAGMA busy_timeout = \(Int(database.busyTimeout * 1000))")
          }
          try db.inTransaction(.immediate) {
            try db.execute(
              sql: "INSERT OR REPLACE INTO sim_setting (key, value) VALUES ('store.probe', '')")
            return .rollback
          }
        }
      }
    } catch {
      throw failure(error)
    }
  }

  /// The kind of failure any error from opening or writing stands for.
  static func failure(_ error: any Error) -> RecordFailure {
    if let failure = error as? RecordFailure { return failure }
    if let error = error as? DatabaseError { return failure(error) }
    return RecordFailure(.ioError, detail: "\(error)")
  }

  /// The kind of failure a SQLite error stands for, with SQLite's words as the detail.
  static func failure(_ error: DatabaseError) -> RecordFailure {
    let detail = "\(error)"
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED: return RecordFailure(.busy, detail: detail)
    case .SQLITE_FULL: return RecordFailure(.diskFull, detail: detail)
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_CANTOPEN:
      return RecordFailure(.notWritable, detail: detail)
    case .SQLITE_CORRUPT, .SQLITE_NOTADB: return RecordFailure(.corrupt, detail: detail)
    default: return RecordFailure(.ioError, detail: detail)
    }
  }
}
