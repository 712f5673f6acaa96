import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one SQLite file in the data dir that every feature keeps its records in.
///
/// Each feature owns its tables and registers its own migrations (identifiers
/// prefixed with the feature, e.g. `sim-v1`), so features evolve independently.
/// Several consoles and commands may open the same file at once: it is in WAL mode
/// (readers never wait for a writer) and every connection waits out a busy writer.
public final class AppDatabase: Sendable {
  /// The connection; GRDB serialises every access through it.
  public let writer: DatabaseQueue
  /// How long this connection's writes wait for another connection's lock, in seconds.
  public let busyTimeout: Double
  /// Where this connection's writes say they are waiting, so an import steps aside for them.
  public let writeIntent: WriteIntent?
  /// The file this connection opened (nil in memory): every write first checks the file at
  /// the path is still it.
  let fileIdentity: DatabaseFileIdentity?

  /// How long a connection waits for another one's write lock before it reports busy:
  /// long enough for any normal write (a sale, a chunk of an import) to finish.
  public static let busyTimeoutSeconds: Double = 5

  /// Features' schema steps, in the order they must run.
  public static let migrationSets: [@Sendable (inout DatabaseMigrator) -> Void] = [
    SimulatorSchema.register,
    GuideSchema.register,
    MerchantSchema.register,
    TrainingSchema.register,
    RecordsSchema.register,
  ]

  /// Opens (or creates) the database at `path` and brings its schema up to date;
  /// `busyTimeout` is how long each write waits for another connection's lock.
  public init(path: String, busyTimeout: Double = AppDatabase.busyTimeoutSeconds) throws {
    var configuration = Configuration()
    self.busyTimeout = busyTimeout
    writeIntent = WriteIntent(databasePath: path)
    configuration.busyMode = .timeout(busyTimeout)
    configuration.prepareDatabase { db in
      // WAL lets readers go on while one writer commits; FULL makes a commit survive a
      // crash or power loss the moment the sale is shown as approved.
      try db.execute(sql: "PRAGMA journal_mode = WAL")
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    Self.createPrivately(path)
    writer = try DatabaseQueue(path: path, configuration: configuration)
    try Self.migrator().migrate(writer)
    fileIdentity = DatabaseFileIdentity.of(path)
  }

  /// Why the file at this connection's path is no longer its database; nil while it is.
  public func fileChange() -> String? {
    fileIdentity?.change(at: writer.path)
  }

  /// A new database file is created owner-only (it holds the trainer PIN's hash), whatever
  /// the umask; SQLite then gives its -wal and -shm the same mode. An existing file is left
  /// as it is.
  static func createPrivately(_ path: String) {
    guard path != ":memory:", !path.isEmpty else { return }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor >= 0 { close(descriptor) }
  }

  /// A private in-memory database with the full schema, for tests and previews.
  public init() throws {
    busyTimeout = 0
    writeIntent = nil
    fileIdentity = nil
    writer = try DatabaseQueue()
    try Self.migrator().migrate(writer)
  }

  /// A database over a connection opened elsewhere (tests: a read-only connection).
  init(connection: DatabaseQueue) {
    busyTimeout = 0
    writeIntent = nil
    fileIdentity = nil
    writer = connection
  }

  /// One write transaction, announced to a running import so it lets this one in.
  public func write<T>(_ updates: (Database) throws -> T) throws -> T {
    try announcing { try writer.write(updates) }
  }

  /// Runs `work` (which writes) while this process says it wants the write lock.
  func announcing<T>(_ work: () throws -> T) rethrows -> T {
    guard let writeIntent else { return try work() }
    return try writeIntent.announcing(work)
  }

  static func migrator() -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for register in migrationSets { register(&migrator) }
    return migrator
  }
}
