/// Why a transaction could not be journalled: the unit shows the kind, the log keeps
/// the detail (the database's own words).
public struct RecordFailure: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong, as far as the cashier needs to know.
  public var kind: RecordFailureKind
  /// The underlying error, for the log.
  public var detail: String

  /// A failure of `kind` with the underlying error text.
  public init(_ kind: RecordFailureKind, detail: String) {
    self.kind = kind
    self.detail = detail
  }

  public var description: String { "\(kind.rawValue): \(detail)" }
}

/// The kinds of journal failure; each has its own advice on the unit.
public enum RecordFailureKind: String, Equatable, Sendable, CaseIterable {
  /// Another program held the database for longer than the busy timeout, every retry.
  case busy
  /// The disk (or the file system's quota) is full.
  case diskFull
  /// The data dir or database file cannot be written (permissions, read-only mount).
  case notWritable
  /// The database file is damaged or is not a database.
  case corrupt
  /// The database could not be opened at all (the data dir is unusable).
  case unavailable
  /// Any other input/output error.
  case ioError
}
