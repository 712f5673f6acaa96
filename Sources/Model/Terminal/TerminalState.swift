/// Where the simulated terminal is: which screen, with what typed so far.
public enum TerminalState: Equatable, Sendable {
  /// Operator sign-in (签到).
  case signIn(SignInEntry)
  /// A numbered menu of the profile (the main menu is the profile's `start_menu`).
  case menu(String)
  /// Typing an amount, for a sale or a refund.
  case amountEntry(AmountEntry)
  /// "请出示付款码": waiting for a typed/pasted code or a camera scan.
  case awaitingCode(amount: Amount, typed: String)
  /// Choosing a sample code to hold up to the camera.
  case samplePicker(amount: Amount, selected: Int)
  /// Waiting for a card to be swiped, inserted or tapped, for a sale, void or refund.
  case awaitingCard(amount: Amount, purpose: CardPurpose)
  /// The cardholder types the PIN.
  case pinEntry(amount: Amount, mode: CardEntryMode, pin: String)
  /// The cardholder signs for an approved card sale.
  case signature(record: TransactionRecord, pad: SignaturePad)
  /// Typing the supervisor password before a void or refund.
  case supervisor(flow: SupervisedFlow, password: String)
  /// Typing the voucher number of the sale to void.
  case voucherEntry(String)
  /// The sale to void is shown; confirm asks for the card.
  case voidConfirm(TransactionRecord)
  /// 用户支付中: the scan waits for the customer's wallet password.
  case walletWait(WalletWait)
  /// 当日交易: today's transactions, one selected.
  case transactionList(selected: Int)
  /// An electronic slip shown again.
  case slipView(TransactionRecord)
  /// Typing the reference number of the sale to refund (the card was read first).
  case referenceEntry(String)
  /// Typing the original sale's date (MMDD).
  case originalDateEntry(reference: String, date: String)
  /// The refund is shown; confirm sends it.
  case refundConfirm(original: TransactionRecord, amount: Amount)
  /// The batch totals; confirm settles. A forced settlement cannot be cancelled.
  case settlementReview(BatchSummary, forced: Bool)
  /// A management page.
  case management(ManagementPage)
  /// The outcome of a transaction or settlement.
  case result(TerminalResult)
  /// Journalling an approved transaction (正在记账), or showing that it could not be.
  case recording(RecordingEntry)
}

/// Sign-in progress.
public struct SignInEntry: Equatable, Sendable {
  /// Which field is being typed.
  public var step: SignInStep = .operatorID
  /// Operator number typed so far.
  public var operatorID = "01"
  /// Password typed so far.
  public var password = ""
}

/// The two sign-in fields.
public enum SignInStep: Equatable, Sendable {
  case operatorID
  case password
}

/// An amount being typed, and what it is for.
public struct AmountEntry: Equatable, Sendable {
  /// What the amount is for.
  public var purpose: AmountPurpose
  /// The keys typed so far: digits in fen for fen-shift (`1250`), yuan text for decimal (`12.5`).
  public var text = ""
  /// The `wrong-key` fault interrupts each entry once.
  public var interrupted = false

  /// Longest text kept; longer input is ignored as a stuck key would be.
  static let capacity = 9
}

/// What an amount is being entered for.
public enum AmountPurpose: Equatable, Sendable {
  case scanSale
  case cardSale
  /// A refund of `original`, no more than `remainingFen`.
  case refund(original: TransactionRecord, remainingFen: Int)
}

/// Flows that need the supervisor password.
public enum SupervisedFlow: Equatable, Sendable {
  case void
  case refund
  /// A void started from 交易查询: the sale is already chosen.
  case voidSale(TransactionRecord)
}

/// What a card is asked for.
public enum CardPurpose: Equatable, Sendable {
  case sale
  /// The original card again, to void `original`.
  case void(original: TransactionRecord)
  /// The card the refund goes back to.
  case refund
}

/// A scan waiting for the customer to enter the wallet password.
public struct WalletWait: Equatable, Sendable {
  public var amount: Amount
  public var walletID: String?
  public var walletName: LocalizedText?
  /// Simulated seconds waited so far.
  public var seconds = 0
  /// Whether the customer has entered the password on the phone.
  public var customerEntered = false
  /// How long the host took before it answered "user paying".
  public var hostMilliseconds: Int
}

/// Pages of 管理 (management).
public enum ManagementPage: Equatable, Sendable, CaseIterable {
  case version
  case permissions
  case merchant
  case network
  case parameters
}

/// The outcome screen of a transaction or settlement.
public struct TerminalResult: Equatable, Sendable {
  /// Approved, declined or settled.
  public var outcome: ResultOutcome
  /// How long the unit took, simulated (never real waiting).
  public var elapsedMilliseconds: Int
  /// The slip printed, if any.
  public var slip: Slip?
  /// For a declined scan: the amount, so 1 can retry it by card.
  public var retryAmount: Amount?
  /// A reversal (冲正) of an earlier timed-out transaction sent before this one.
  public var reversal: PendingReversal? = nil
}

/// A transaction that timed out: the terminal reverses it with the next request.
public struct PendingReversal: Equatable, Sendable {
  public var kind: TransactionKind
  public var amountFen: Int
}

/// What happened.
public enum ResultOutcome: Equatable, Sendable {
  case approved(TransactionRecord)
  case declined(TransactionFailure)
  case settled(BatchSummary)
}

/// A one-off message shown until the next key.
public struct TerminalNotice: Equatable, Sendable {
  /// The message.
  public var phrase: TerminalPhrase
  /// Error, hint or success.
  public var emphasis: LineEmphasis
}
