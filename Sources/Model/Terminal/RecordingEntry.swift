/// The unit journalling an approved transaction; nothing says success until it is stored.
public struct RecordingEntry: Equatable, Sendable {
  /// What is being stored.
  public var pending: PendingTransaction
  /// Where the unit goes once it is stored.
  public var next: AfterRecording
  /// How long the host took, simulated, for the result screen.
  public var elapsedMilliseconds: Int
  /// Set when storing failed: the unit shows that the sale did not go through.
  public var failure: RecordFailure?
}

/// What follows a stored transaction.
public enum AfterRecording: Equatable, Sendable {
  /// The result screen, with a slip when `printSlip`.
  case result(printSlip: Bool)
  /// The cardholder signs, then the slip prints.
  case signature
}

/// The store's answer to `TerminalEvent.recordRequested`.
public enum RecordingOutcome: Equatable, Sendable {
  /// Stored with these numbers.
  case recorded(TransactionNumbers)
  /// Not stored, and why.
  case failed(RecordFailure)
  /// Not stored: the journal says the host would refuse it (a payment code another console
  /// took meanwhile); the unit declines with this failure.
  case refused(TransactionFailure)
}
