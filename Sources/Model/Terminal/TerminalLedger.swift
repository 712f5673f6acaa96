/// Number sequences of one mode (live or training): batch, voucher and reference.
public struct LedgerCounters: Equatable, Sendable, Codable {
  /// The open batch's number.
  public var batchNumber: Int
  /// The voucher number the next transaction gets.
  public var nextVoucher: Int
  /// The reference number the next transaction gets.
  public var nextReference: Int

  /// Counters starting at batch 1, voucher 1, reference 1.
  public init(batchNumber: Int = 1, nextVoucher: Int = 1, nextReference: Int = 1) {
    self.batchNumber = batchNumber
    self.nextVoucher = nextVoucher
    self.nextReference = nextReference
  }

  /// The open batch as six digits.
  public var batchText: String { zeroPadded(batchNumber, width: 6) }

  static let maxSix = 999_999
  static let maxTwelve = 999_999_999_999

  /// The numbers the next transaction gets.
  public var numbers: TransactionNumbers {
    TransactionNumbers(
      batch: batchText, voucher: zeroPadded(nextVoucher, width: 6),
      reference: zeroPadded(nextReference, width: 12))
  }

  /// Past the numbers just handed out; six- and twelve-digit sequences wrap to 1.
  mutating func advance() {
    nextVoucher = nextVoucher >= Self.maxSix ? 1 : nextVoucher + 1
    nextReference = nextReference >= Self.maxTwelve ? 1 : nextReference + 1
  }
}

/// Every transaction the terminal knows and its number sequences.
///
/// Training keeps its own counters so training never uses up live numbers.
public struct TerminalLedger: Equatable, Sendable {
  /// Live sequences.
  public var live: LedgerCounters
  /// Training sequences.
  public var training: LedgerCounters
  /// All records, oldest first.
  public var records: [TransactionRecord]
  /// Payment codes the host has already seen (a sale or a cancelled order).
  public var usedCodes: Set<String> = []

  /// A ledger from stored counters and records.
  public init(
    live: LedgerCounters = LedgerCounters(), training: LedgerCounters = LedgerCounters(),
    records: [TransactionRecord] = []
  ) {
    self.live = live
    self.training = training
    self.records = records
  }

  /// The counters of one mode.
  public func counters(training isTraining: Bool) -> LedgerCounters {
    isTraining ? training : live
  }

  /// Records of the open batch of one mode.
  public func openBatch(training isTraining: Bool) -> [TransactionRecord] {
    let batch = counters(training: isTraining).batchText
    return records.filter { $0.training == isTraining && $0.batch == batch }
  }

  /// Totals of the open batch.
  public func summary(training isTraining: Bool) -> BatchSummary {
    BatchSummary(
      batch: counters(training: isTraining).batchText, training: isTraining,
      records: openBatch(training: isTraining))
  }

  /// The next numbers of one mode from these counters alone, advancing them: what a unit
  /// that is its own only journal would hand out (tests, previews). The console takes
  /// its numbers from the database instead (`TransactionStore.record`).
  mutating func issueNumbers(training isTraining: Bool) -> TransactionNumbers {
    var c = counters(training: isTraining)
    let numbers = c.numbers
    c.advance()
    setCounters(c, training: isTraining)
    return numbers
  }

  /// Keeps a journalled record and moves this mode's counters past its numbers, so the
  /// open batch and the next numbers shown follow the store.
  mutating func noteRecorded(_ record: TransactionRecord) {
    records.append(record)
    var c = counters(training: record.training)
    if let batch = Int(record.batch), let voucher = Int(record.voucher),
      let reference = Int(record.reference)
    {
      c = LedgerCounters(batchNumber: batch, nextVoucher: voucher, nextReference: reference)
      c.advance()
    }
    setCounters(c, training: record.training)
  }

  /// Closes the open batch of one mode and opens the next; returns the closed totals.
  mutating func settle(training isTraining: Bool) -> BatchSummary {
    let closed = summary(training: isTraining)
    var c = counters(training: isTraining)
    c.batchNumber = c.batchNumber >= LedgerCounters.maxSix ? 1 : c.batchNumber + 1
    setCounters(c, training: isTraining)
    return closed
  }

  private mutating func setCounters(_ c: LedgerCounters, training isTraining: Bool) {
    if isTraining { training = c } else { live = c }
  }

  /// The sale with this voucher number in any batch of the mode, newest first.
  func sale(voucher: String, training isTraining: Bool) -> TransactionRecord? {
    records.last { $0.kind == .sale && $0.voucher == voucher && $0.training == isTraining }
  }

  /// The sale with this reference number in the mode.
  func sale(reference: String, training isTraining: Bool) -> TransactionRecord? {
    records.last { $0.kind == .sale && $0.reference == reference && $0.training == isTraining }
  }

  /// Whether a void of `sale` exists.
  func isVoided(_ sale: TransactionRecord) -> Bool {
    records.contains {
      $0.kind == .void && $0.training == sale.training && $0.originalReference == sale.reference
    }
  }

  /// Fen already refunded against `sale`.
  func refundedFen(_ sale: TransactionRecord) -> Int {
    records.filter {
      $0.kind == .refund && $0.training == sale.training && $0.originalReference == sale.reference
    }.reduce(0) { $0 + $1.amountFen }
  }

  /// Fen that can still be refunded against `sale` (zero once voided).
  public func refundableFen(_ sale: TransactionRecord) -> Int {
    isVoided(sale) ? 0 : max(0, sale.amountFen - refundedFen(sale))
  }
}
