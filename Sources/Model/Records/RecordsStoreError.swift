/// Why the records could not be read or written; `operation` says what was being done.
public enum RecordsStoreError: Error, Equatable, Sendable {
  case database(operation: String, message: String)
  case noSuchCase(String)
  /// The case is closed already; its outcome stays as it was.
  case caseClosed(String)
  case unreadable(table: String, id: String, field: String)
}
