/// Why the data dir cannot keep records: found at start, logged with the real reason,
/// shown before any sale; the simulated unit refuses payments while it lasts.
public enum DataStoreProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// The folder cannot be created, is not a folder, or cannot be written.
  case directoryUnusable(path: String, reason: String)
  /// The database cannot be opened or written (corrupt, read-only, disk full…).
  case databaseUnusable(path: String, failure: RecordFailure)

  public var description: String { message(.en) }

  /// What is wrong, where, and what to do, in `language`.
  public func message(_ language: Language) -> String {
    DataText.storeProblem(self)(language)
  }
}

extension AppDatabase {
  /// Opens the database and proves it takes a write (rolled back), so an unusable one is
  /// found at start rather than at the first sale (one try: a busy database is usable). A read-only file opens silently in
  /// SQLite; only a write shows it.
  public static func openChecked(path: String) throws(DataStoreProblem) -> AppDatabase {
    let database: AppDatabase
    do {
      database = try AppDatabase(path: path)
    } catch {
      throw .databaseUnusable(path: path, failure: StoreWrite.failure(error))
    }
    do {
      try StoreWrite.probe(database)
    } catch  where error.kind == .busy {
      // Another program is writing (an import): the database works, it is only busy.
      return database
    } catch {
      throw .databaseUnusable(path: path, failure: error)
    }
    return database
  }
}
