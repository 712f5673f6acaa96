/// Something the terminal did that the world outside the state machine must act on
/// (store a record, print a slip, open the self-check).
public enum TerminalEvent: Equatable, Sendable {
  /// The operator signed in; a batch is open.
  case signedIn(operatorID: String)
  /// An approved sale, void or refund must be journalled; answer with
  /// `TerminalSimulator.answerRecording(_:)`.
  case recordRequested(PendingTransaction)
  /// A sale, void or refund was journalled and is shown as approved.
  case transactionCompleted(TransactionRecord)
  /// A slip came out.
  case slipPrinted(Slip)
  /// The batch was settled; store the new counters.
  case batchSettled(BatchSummary)
  /// Settings changed in management; store them.
  case settingsChanged(TerminalSettings)
  /// A transaction was declined or failed.
  case declined(TransactionFailure)
  /// A fault decided what the terminal showed (for training scores).
  case faultSurfaced(ScanFault)
  /// The terminal offers a way forward.
  case suggestion(Suggestion)
  /// The cashier chose to open the scan self-check after this failure.
  case selfCheckRequested(TransactionFailure?)
  /// The host opened an order with this payment code (the wallet then waits for the
  /// customer's password): store it as used, so no console takes it again.
  case paymentCodeUsed(String)
}

/// A way forward the terminal offers after a failure.
public enum Suggestion: String, Equatable, Sendable, CaseIterable {
  /// Take the payment by card instead.
  case cardPayment
  /// Run the scan self-check.
  case selfCheck
  /// The customer must refresh the payment code.
  case refreshCode
  /// Wait and try again later.
  case retryLater
  /// Call customer service 95016 with the merchant number ready.
  case callSupport
  /// Update the terminal's firmware.
  case updateFirmware
  /// Ask for another card or payment method.
  case otherPayment
  /// Try the same card again; another card or cash if it keeps failing.
  case retryCard
}
