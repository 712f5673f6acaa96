/// Counts and totals of one batch, as settlement shows and closes it.
public struct BatchSummary: Equatable, Sendable {
  /// The batch number.
  public var batch: String
  /// Whether these are training totals.
  public var training: Bool
  public var saleCount = 0
  public var saleFen = 0
  public var voidCount = 0
  public var voidFen = 0
  public var refundCount = 0
  public var refundFen = 0

  /// Sales less voids and refunds, in fen.
  public var netFen: Int { saleFen - voidFen - refundFen }

  /// Totals of `records` (all of which belong to the batch).
  init(batch: String, training: Bool, records: [TransactionRecord]) {
    self.batch = batch
    self.training = training
    for record in records {
      switch record.kind {
      case .sale:
        saleCount += 1
        saleFen += record.amountFen
      case .void:
        voidCount += 1
        voidFen += record.amountFen
      case .refund:
        refundCount += 1
        refundFen += record.amountFen
      }
    }
  }
}
