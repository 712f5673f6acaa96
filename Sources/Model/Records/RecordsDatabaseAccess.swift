import GRDB

/// Reads and writes through the app database, turning SQLite's errors into records errors that
/// name the operation.
struct RecordsDatabaseAccess: Sendable {
  let database: AppDatabase

  func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(RecordsStoreError)
    -> T
  {
    do {
      return try database.writer.read(body)
    } catch let error as RecordsStoreError {
      throw error
    } catch {
      throw .database(operation: operation, message: "\(error)")
    }
  }

  func write<T>(_ operation: String, _ body: (Database) throws -> T) throws(RecordsStoreError)
    -> T
  {
    do {
      return try database.write(body)
    } catch let error as RecordsStoreError {
      throw error
    } catch {
      throw .database(operation: operation, message: "\(error)")
    }
  }
}
