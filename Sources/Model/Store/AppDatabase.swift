import GRDB

/// The one SQLite file in the data dir that every feature keeps its records in.
///
/// Each feature owns its tables and registers its own migrations (identifiers
/// prefixed with the feature, e.g. `sim-v1`), so features evolve independently.
public final class AppDatabase: Sendable {
  /// The connection; GRDB serialises every access through it.
  public let writer: DatabaseQueue

  /// Features' schema steps, in the order they must run.
  public static let migrationSets: [@Sendable (inout DatabaseMigrator) -> Void] = [
    SimulatorSchema.register,
    GuideSchema.register,
    MerchantSchema.register,
    TrainingSchema.register,
  ]

  /// Opens (or creates) the database at `path` and brings its schema up to date.
  public init(path: String) throws {
    var configuration = Configuration()
    configuration.busyMode = .timeout(2)
    writer = try DatabaseQueue(path: path, configuration: configuration)
    try Self.migrator().migrate(writer)
  }

  /// A private in-memory database with the full schema, for tests and previews.
  public init() throws {
    writer = try DatabaseQueue()
    try Self.migrator().migrate(writer)
  }

  static func migrator() -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for register in migrationSets { register(&migrator) }
    return migrator
  }
}
