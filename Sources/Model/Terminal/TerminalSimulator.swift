/// The simulated Lakala e-signature terminal: a value-type state machine.
///
/// Keys go in through `handle(_:)`; what to store or print comes out as events; what
/// the display shows is `screen`. The shop around the unit (`shop`) and the seeded
/// generator decide outcomes, so the same seed and inputs always give the same run.
public struct TerminalSimulator: Sendable {
  /// The current screen and what has been typed on it.
  public internal(set) var state: TerminalState
  /// Merchant identity, versions, permissions.
  public internal(set) var settings: TerminalSettings
  /// Transactions and number sequences.
  public internal(set) var ledger: TerminalLedger
  /// The unit's hidden physical state and its surroundings: it decides outcomes, and the
  /// cashier's actions (`act(_:)`) change it. Faults are never shown as such.
  public var shop: ShopState
  /// Display language.
  public var language: Language
  /// Training mode: records are stamped and use their own sequences.
  public var training: Bool
  /// The payment-code rules and sample codes.
  public let codes: PaymentCodeTable
  /// The model of unit simulated: menus, amount entry, limits, codes, texts.
  public let profile: TerminalProfile
  /// A one-off message shown until the next key.
  public internal(set) var notice: TerminalNotice?
  /// The operator signed in, once signed in.
  public internal(set) var operatorID: String?
  /// A timed-out transaction the next host request reverses first.
  public internal(set) var pendingReversal: PendingReversal?
  /// The card read for the sale or refund in progress.
  var presentedCard: PresentedCard?
  /// The reversal sent with the transaction now on screen.
  var sentReversal: PendingReversal?
  /// Counter actions done since the console last took them (`takeActsDone`), the unit's own
  /// pages included (Confirm on Version information updates), so training judges every one.
  var actsDone: [ShopAction] = []
  var rng: SplitMix64
  /// Where the unit reads the time; the console sets it to the time of each input.
  public var clock: TerminalClock

  /// A terminal at its sign-in screen.
  public init(
    codes: PaymentCodeTable, profile: TerminalProfile,
    settings: TerminalSettings = TerminalSettings(),
    ledger: TerminalLedger = TerminalLedger(), faults: Set<ScanFault> = [], shop: ShopState? = nil,
    seed: UInt64 = 1, language: Language = .zh, training: Bool = false,
    clock: TerminalClock = .system
  ) {
    self.codes = codes
    self.profile = profile
    self.settings = settings
    self.ledger = ledger
    self.shop = shop ?? ShopState.with(faults: faults)
    self.language = language
    self.training = training
    self.clock = clock
    rng = SplitMix64(seed: seed)
    state = .signIn(SignInEntry())
  }

  /// The faults present in the shop. Setting them puts the unit in a healthy shop with
  /// those faults on (what `--fault` does).
  public var faults: Set<ScanFault> {
    get { Set(shop.faults) }
    set { shop = ShopState.with(faults: newValue) }
  }

  /// Sample codes the camera can be shown (`TerminalInput.pickSample`).
  public var sampleCodes: [SampleCode] { codes.samples }

  /// Applies one input and returns what the outside world must act on.
  public mutating func handle(_ input: TerminalInput) -> [TerminalEvent] {
    if case .digit(let value) = input, !(0...9).contains(value) { return [] }
    // Time passing changes nothing the cashier sees except on a screen that waits.
    if input == .tick || input == .customerEntersPassword {
      guard case .walletWait(let wait) = state else { return [] }
      return handleWalletWait(wait, input)
    }
    notice = nil
    switch state {
    case .signIn(let entry): return handleSignIn(entry, input)
    case .menu(let id): return handleMenu(id, input)
    case .amountEntry(let entry): return handleAmount(entry, input)
    case .awaitingCode(let amount, let typed): return handleAwaitingCode(amount, typed, input)
    case .samplePicker(let amount, let selected): return handlePicker(amount, selected, input)
    case .awaitingCard(let amount, let purpose): return handleAwaitingCard(amount, purpose, input)
    case .pinEntry(let amount, let mode, let pin): return handlePIN(amount, mode, pin, input)
    case .signature(let record, let pad): return handleSignature(record, pad, input)
    case .supervisor(let flow, let password): return handleSupervisor(flow, password, input)
    case .voucherEntry(let voucher): return handleVoucher(voucher, input)
    case .voidConfirm(let original): return handleVoidConfirm(original, input)
    case .walletWait(let wait): return handleWalletWait(wait, input)
    case .transactionList(let selected): return handleTransactionList(selected, input)
    case .slipView(let record): return handleSlipView(record, input)
    case .referenceEntry(let reference): return handleReference(reference, input)
    case .originalDateEntry(let reference, let date):
      return handleOriginalDate(reference, date, input)
    case .refundConfirm(let original, let amount):
      return handleRefundConfirm(original, amount, input)
    case .settlementReview(let summary, let forced):
      return handleSettlementReview(summary, forced: forced, input)
    case .management(let page): return handleManagement(page, input)
    case .result(let result): return handleResult(result, input)
    case .recording(let entry): return handleRecording(entry, input)
    }
  }

  /// Shows `phrase` until the next key.
  mutating func show(_ phrase: TerminalPhrase, _ emphasis: LineEmphasis = .error) {
    notice = TerminalNotice(phrase: phrase, emphasis: emphasis)
  }

  /// The text of `phrase` in the display language.
  func text(_ phrase: TerminalPhrase) -> String {
    if case .profileText(let key) = phrase { return profile.text(key, language) }
    return phrase.text(language)
  }

  /// The profile's text for `key` in the display language.
  func text(_ key: ProfileTextKey) -> String { profile.text(key, language) }

  /// The profile's label of the node doing `action`, for the flow's screen titles.
  func label(_ action: MenuAction) -> String { profile.label(for: action, language) }

  /// A transaction the host approved, to be journalled before anything says success.
  func approve(
    _ kind: TransactionKind, method: PaymentMethod, amountFen: Int,
    walletID: String? = nil, walletName: LocalizedText? = nil, maskedCard: String? = nil,
    original: TransactionRecord? = nil
  ) -> PendingTransaction {
    PendingTransaction(
      kind: kind, method: method, walletID: walletID, walletName: walletName,
      maskedCard: maskedCard, amountFen: amountFen, date: clock.now(), training: training,
      operatorID: operatorID ?? "01",
      originalVoucher: kind == .void ? original?.voucher : nil,
      originalReference: original?.reference)
  }

  /// The slip for `record` in the display language.
  public func slip(for record: TransactionRecord, signed: Bool, reprint: Bool = false) -> Slip {
    Slip.make(
      record: record, profile: profile, settings: settings, clock: clock, language: language,
      signed: signed, reprint: reprint)
  }

  /// The slip on screen: an approved result's, or one viewed again from the transaction query.
  public var shownSlip: Slip? {
    switch state {
    case .result(let result): return result.slip
    case .slipView(let record):
      return slip(for: record, signed: record.needsSignature(profile), reprint: true)
    default: return nil
    }
  }

  /// Asks the host, sending a pending reversal first; a timeout of a money
  /// request leaves a reversal for the next one.
  mutating func askHost(_ request: HostRequest, amountFen: Int = 0) -> FaultDecision {
    var decision = ShopRules.host(request, shop: shop, settings: settings, rng: &rng)
    if let reversal = pendingReversal, decision.failure != .networkDown {
      pendingReversal = nil
      sentReversal = reversal
      decision.elapsedMilliseconds += rng.value(in: 600...1_500)
    }
    if case .timedOut = decision.failure, let kind = request.transactionKind {
      pendingReversal = PendingReversal(kind: kind, amountFen: amountFen)
    }
    return decision
  }

  /// Shows a declined outcome and reports it with its faults and suggestions.
  mutating func decline(_ decision: FaultDecision, retryAmount: Amount? = nil) -> [TerminalEvent] {
    guard let failure = decision.failure else { return [] }
    state = .result(
      TerminalResult(
        outcome: .declined(failure), elapsedMilliseconds: decision.elapsedMilliseconds,
        slip: nil, retryAmount: retryAmount, reversal: takeSentReversal()))
    return decision.surfaced.map(TerminalEvent.faultSurfaced) + [.declined(failure)]
      + failure.suggestions.map(TerminalEvent.suggestion)
  }

  /// Asks for `pending` to be journalled; the result (with its slip) follows once it is.
  mutating func complete(
    _ pending: PendingTransaction, decision: FaultDecision, printSlip: Bool = true
  ) -> [TerminalEvent] {
    startRecording(pending, then: .result(printSlip: printSlip), decision: decision)
  }
}

extension TerminalSimulator {
  /// The reversal sent with this transaction, once: the result screen shows it.
  mutating func takeSentReversal() -> PendingReversal? {
    defer { sentReversal = nil }
    return sentReversal
  }
}

/// Editing a short field from keypad and pasted input.
enum FieldEdit {
  /// The field after `input`, or `nil` when `input` does not edit text.
  /// Pasted text keeps only the characters `allowed` accepts, up to `capacity`.
  static func apply(
    _ input: TerminalInput, to text: String, capacity: Int,
    allowed: (Character) -> Bool = \.isASCIIDigit
  ) -> String? {
    switch input {
    case .digit(let value):
      return text.count < capacity ? text + String(value) : text
    case .clear:
      return String(text.dropLast())
    case .text(let pasted):
      let kept = pasted.filter(allowed)
      return String((text + kept).prefix(capacity))
    case .point, .confirm, .cancel, .function, .arrow, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      return nil
    }
  }
}
