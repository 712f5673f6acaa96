/// Which kind of payment a permission or decline concerns.
public enum PaymentChannel: String, Equatable, Sendable {
  case scan
  case card
}

/// Why a transaction did not go through, as the terminal reports it.
public enum TransactionFailure: Equatable, Sendable {
  /// The camera never starts (fault `camera-broken`).
  case cameraNotStarting
  /// The camera looked but could not read the code (dirty window, poor light, glare): the
  /// unit cannot tell which.
  case codeNotRecognised
  /// The input is not a code at all (empty, control characters, too long).
  case malformedCode(CodeReason)
  /// A code the terminal does not take, with the reason and wallet when known.
  case unsupportedCode(CodeReason, wallet: LocalizedText?)
  /// Firmware too old to read this newer code format.
  case firmwareTooOld(wallet: LocalizedText)
  /// The code was used or has expired; the customer must refresh it.
  case codeExpired
  /// No network at all.
  case networkDown
  /// The host did not answer in time; `channel` is the sale's payment kind (nil for a void,
  /// refund or settlement), since what to do next depends on it.
  case timedOut(seconds: Int, channel: PaymentChannel?)
  /// The host is under maintenance.
  case serverMaintenance
  /// The merchant is held by risk control; call 95016.
  case merchantRiskHold
  /// 58: transaction not permitted for this terminal.
  case notPermitted(PaymentChannel)
  /// 55: wrong PIN.
  case wrongPIN
  /// 51: insufficient funds.
  case insufficientFunds
  /// The customer did not enter the wallet password in time; the order was cancelled.
  case walletPasswordTimeout(seconds: Int)
  /// The cashier cancelled while the customer was paying; the order was cancelled.
  case walletPaymentCancelled

  /// The host response code, when the host answered with one.
  public var responseCode: String? {
    switch self {
    case .notPermitted: "58"
    case .wrongPIN: "55"
    case .insufficientFunds: "51"
    case .serverMaintenance: "96"
    case .timedOut: "98"
    case .cameraNotStarting, .codeNotRecognised, .malformedCode, .unsupportedCode,
      .firmwareTooOld, .codeExpired, .networkDown, .merchantRiskHold, .walletPasswordTimeout,
      .walletPaymentCancelled:
      nil
    }
  }

  /// What the terminal offers next, most useful first.
  public var suggestions: [Suggestion] {
    switch self {
    case .cameraNotStarting: [.cardPayment, .selfCheck]
    case .codeNotRecognised: [.selfCheck]
    case .malformedCode: []
    case .unsupportedCode: [.cardPayment]
    case .firmwareTooOld: [.updateFirmware, .selfCheck]
    case .codeExpired: [.refreshCode]
    case .networkDown: [.selfCheck]
    // A scan code may have been used by the lost request: a fresh code; a card can simply
    // be tried again (another card or cash if it keeps failing).
    case .timedOut(_, .scan): [.refreshCode, .selfCheck]
    case .timedOut(_, .card): [.retryCard]
    case .timedOut(_, nil): [.retryLater]
    case .serverMaintenance: [.retryLater]
    case .merchantRiskHold: [.callSupport]
    case .notPermitted(.scan): [.cardPayment, .selfCheck]
    case .notPermitted(.card): [.callSupport]
    case .wrongPIN: []
    case .insufficientFunds: [.otherPayment]
    case .walletPasswordTimeout: [.refreshCode]
    case .walletPaymentCancelled: []
    }
  }
}
