/// How far an import or export has got, for a progress line.
public struct MerchantImportProgress: Equatable, Sendable {
  /// What the work is doing now.
  public enum Phase: Equatable, Sendable {
    /// Reading and checking the file's rows.
    case reading
    /// Writing the checked rows into the directory.
    case writing
  }

  public var phase: Phase
  /// Rows read (reading) or rows written (writing) so far.
  public var rows: Int
  /// Of how many rows, when known (writing, export).
  public var totalRows: Int?
  /// Bytes of the file read so far, and its size when known: the time left comes from these.
  public var bytes: Int
  public var totalBytes: Int?

  public init(
    phase: Phase, rows: Int, totalRows: Int? = nil, bytes: Int = 0, totalBytes: Int? = nil
  ) {
    self.phase = phase
    self.rows = rows
    self.totalRows = totalRows
    self.bytes = bytes
    self.totalBytes = totalBytes
  }

  /// The share of this phase that is done (0...1), when it can be known.
  public var fractionDone: Double? {
    if let totalRows, totalRows > 0 { return min(1, Double(rows) / Double(totalRows)) }
    if let totalBytes, totalBytes > 0 { return min(1, Double(bytes) / Double(totalBytes)) }
    return nil
  }
}
