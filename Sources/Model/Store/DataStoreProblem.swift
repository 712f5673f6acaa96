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
    switch (self, language) {
    case (.directoryUnusable(let path, let reason), .zh):
      "数据目录 \(path) 无法使用（\(reason)）：交易无法记账，扫码和刷卡收款已停用。请修正目录或用 --data-dir 指定其他目录后重启。"
    case (.directoryUnusable(let path, let reason), .en):
      "the data dir \(path) cannot be used (\(reason)): sales cannot be recorded, so payments are off. Fix it or pass --data-dir, then restart."
    case (.databaseUnusable(let path, let failure), .zh):
      "数据库 \(path) 无法写入（\(failure.kind.rawValue)：\(failure.detail)）：交易无法记账，收款已停用。请修复或移走该文件后重启。"
    case (.databaseUnusable(let path, let failure), .en):
      "the database \(path) cannot be written (\(failure.kind.rawValue): \(failure.detail)): sales cannot be recorded, so payments are off. Repair or move the file, then restart."
    }
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
