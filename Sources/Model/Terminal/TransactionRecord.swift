import Foundation

/// One approved transaction as the terminal keeps it in its batch.
public struct TransactionRecord: Equatable, Sendable, Codable {
  /// Sale, void or refund.
  public var kind: TransactionKind
  /// Card entry or scan.
  public var method: PaymentMethod
  /// The wallet's id for scan payments (e.g. `wechat`).
  public var walletID: String?
  /// The wallet's name for scan payments.
  public var walletName: LocalizedText?
  /// The card number, masked, for card payments.
  public var maskedCard: String?
  /// The amount in fen.
  public var amountFen: Int
  /// Batch number, 6 digits.
  public var batch: String
  /// Voucher number, 6 digits.
  public var voucher: String
  /// Reference number, 12 digits.
  public var reference: String
  /// When it was approved.
  public var date: Date
  /// A training transaction: never counts in live totals, has its own sequences.
  public var training: Bool
  /// The operator who was signed in.
  public var operatorID: String
  /// For a void: the voucher number of the sale it cancels.
  public var originalVoucher: String?
  /// For a void or refund: the reference number of the original sale.
  public var originalReference: String?

  /// The amount as yuan text, e.g. `12.30`.
  public var yuanText: String { Amount.yuanText(fen: amountFen) }
}

/// The kinds of transaction a batch holds.
public enum TransactionKind: String, Equatable, Sendable, Codable, CaseIterable {
  /// Sale / scan: money in.
  case sale
  /// Void: cancels a sale of this batch.
  case void
  /// Refund: gives back all or part of an earlier sale.
  case refund
}

/// How the customer paid.
public enum PaymentMethod: String, Equatable, Sendable, Codable, CaseIterable {
  case swipe
  case insert
  case tap
  case scan

  /// The method of a card read this way.
  public init(_ mode: CardEntryMode) {
    switch mode {
    case .swipe: self = .swipe
    case .insert: self = .insert
    case .tap: self = .tap
    }
  }
}
