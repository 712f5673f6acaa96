import Foundation

/// An approved transaction waiting to be journalled: everything but its numbers,
/// which the store allocates in the same database transaction that keeps it.
public struct PendingTransaction: Equatable, Sendable {
  /// Sale, void or refund.
  public var kind: TransactionKind
  /// Card entry or scan.
  public var method: PaymentMethod
  /// The wallet's id for scan payments.
  public var walletID: String?
  /// The wallet's name for scan payments.
  public var walletName: LocalizedText?
  /// The masked card number for card payments.
  public var maskedCard: String?
  /// The amount in fen.
  public var amountFen: Int
  /// When the host approved it.
  public var date: Date
  /// Training transactions take the training sequences, never the live ones.
  public var training: Bool
  /// The operator who was signed in.
  public var operatorID: String
  /// For a void: the voucher number of the sale it cancels.
  public var originalVoucher: String?
  /// For a void or refund: the reference number of the original sale.
  public var originalReference: String?
  /// For a scan sale: the payment code the host took, stored as used with the sale.
  public var paymentCode: String? = nil

  /// The record as stored, with the numbers the store gave it.
  public func record(with numbers: TransactionNumbers) -> TransactionRecord {
    TransactionRecord(
      kind: kind, method: method, walletID: walletID, walletName: walletName,
      maskedCard: maskedCard, amountFen: amountFen, batch: numbers.batch,
      voucher: numbers.voucher, reference: numbers.reference, date: date, training: training,
      operatorID: operatorID, originalVoucher: originalVoucher,
      originalReference: originalReference)
  }
}

/// The batch, voucher and reference numbers of one record.
public struct TransactionNumbers: Equatable, Sendable {
  /// Six digits.
  public var batch: String
  /// Six digits.
  public var voucher: String
  /// Twelve digits.
  public var reference: String

  /// Numbers as the store hands them out.
  public init(batch: String, voucher: String, reference: String) {
    self.batch = batch
    self.voucher = voucher
    self.reference = reference
  }
}
