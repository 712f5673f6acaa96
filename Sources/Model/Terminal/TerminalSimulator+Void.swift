extension TerminalSimulator {
  /// Supervisor password before a void or refund.
  mutating func handleSupervisor(
    _ flow: SupervisedFlow, _ password: String, _ input: TerminalInput
  ) -> [TerminalEvent] {
    if let edited = FieldEdit.apply(input, to: password, capacity: supervisorPasswordLength) {
      state = .supervisor(flow: flow, password: edited)
      return []
    }
    switch input {
    case .confirm:
      guard password == settings.supervisorPassword else {
        show(.wrongSupervisorPassword)
        state = .supervisor(flow: flow, password: "")
        return []
      }
      switch flow {
      case .void: state = .voucherEntry("")
      case .voidSale(let sale):
        switch voidable(voucher: sale.voucher) {
        case .success(let sale): state = .voidConfirm(sale)
        case .failure(let refusal):
          show(refusal.phrase)
          state = .transactionList(selected: 0)
        }
      case .refund:
        // The refund's amount is typed after the card; the card screen does not show it.
        guard let amount = Amount(fen: Amount.minimumFen) else { return [] }
        state = .awaitingCard(amount: amount, purpose: .refund)
      }
    case .cancel:
      state = .menu(profile.startMenu)
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  /// The original voucher number; only a sale of the open batch, today, can be voided.
  mutating func handleVoucher(_ voucher: String, _ input: TerminalInput) -> [TerminalEvent] {
    if let edited = FieldEdit.apply(input, to: voucher, capacity: 6) {
      state = .voucherEntry(edited)
      return []
    }
    switch input {
    case .confirm:
      guard let number = Int(voucher) else {
        show(.profileText(.enterVoucherPrompt), .hint)
        return []
      }
      let padded = zeroPadded(number, width: 6)
      switch voidable(voucher: padded) {
      case .success(let sale): state = .voidConfirm(sale)
      case .failure(let refusal):
        show(refusal.phrase)
        state = .voucherEntry("")
      }
    case .cancel:
      state = .menu(profile.startMenu)
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  /// The sale with this voucher if it can still be voided, else why not.
  func voidable(voucher: String) -> Result<TransactionRecord, VoidRefusal> {
    let open = ledger.openBatch(training: training)
    guard let sale = open.last(where: { $0.kind == .sale && $0.voucher == voucher }) else {
      if ledger.sale(voucher: voucher, training: training) != nil {
        return .failure(.settled)
      }
      return .failure(.notFound)
    }
    if ledger.isVoided(sale) { return .failure(.alreadyVoided) }
    if ledger.refundedFen(sale) > 0 { return .failure(.alreadyRefunded) }
    if !clock.sameDay(sale.date, clock.now()) { return .failure(.notToday) }
    return .success(sale)
  }

  mutating func handleVoidConfirm(_ original: TransactionRecord, _ input: TerminalInput)
    -> [TerminalEvent]
  {
    switch input {
    case .confirm:
      // A card sale is voided with the card again; a scan sale has no card to read.
      guard original.method != .scan, let amount = Amount(fen: original.amountFen) else {
        return sendVoid(original, card: nil)
      }
      state = .awaitingCard(amount: amount, purpose: .void(original: original))
    case .cancel:
      state = .menu(profile.startMenu)
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  /// Sends the void of `original`; the void slip has no signature line.
  mutating func sendVoid(_ original: TransactionRecord, card: PresentedCard?) -> [TerminalEvent] {
    let decision = askHost(.void, amountFen: original.amountFen)
    guard decision.failure == nil else { return decline(decision) }
    let record = approve(
      .void, method: original.method, amountFen: original.amountFen,
      walletID: original.walletID, walletName: original.walletName,
      maskedCard: original.maskedCard ?? card?.masked, original: original)
    return complete(record, decision: decision)
  }

  func supervisorScreen(_ flow: SupervisedFlow, _ password: String) -> TerminalScreen {
    makeScreen(
      title: flow == .refund ? label(.refund) : label(.void),
      lines: [TerminalLine(text(.supervisorPrompt), .prompt)],
      field: TerminalField(
        label: text(.passwordLabel), display: mask(password), masked: true,
        capacity: supervisorPasswordLength),
      keys: [.confirm, .cancel, .clear])
  }

  func voucherScreen(_ voucher: String) -> TerminalScreen {
    makeScreen(
      title: label(.void), lines: [TerminalLine(text(.enterVoucherPrompt), .prompt)],
      field: TerminalField(
        label: text(.voucherLabel), display: voucher, masked: false, capacity: 6),
      keys: [.confirm, .cancel, .clear])
  }

  func voidConfirmScreen(_ sale: TransactionRecord) -> TerminalScreen {
    makeScreen(
      title: label(.void),
      lines: originalLines(sale) + [TerminalLine(text(.confirmVoidPrompt), .prompt)],
      keys: [.confirm, .cancel])
  }

  /// The original sale as void and refund show it.
  func originalLines(_ sale: TransactionRecord) -> [TerminalLine] {
    [
      TerminalLine(text(.originalAmount(fen: sale.amountFen)), .amount),
      TerminalLine(text(.transactionKind(sale.kind, sale.method))),
      TerminalLine(text(.voucherShown(sale.voucher))),
      TerminalLine(text(.referenceShown(sale.reference))),
      TerminalLine(clock.stamp(sale.date)),
    ]
  }
}

/// Why a sale cannot be voided.
public enum VoidRefusal: Error, Equatable, Sendable {
  /// No such voucher in this terminal's records.
  case notFound
  /// The sale's batch is settled: only a refund can give the money back.
  case settled
  /// The sale was voided already.
  case alreadyVoided
  /// Part of the sale was refunded; a void would give back too much.
  case alreadyRefunded
  /// Voids work only on the day of the sale.
  case notToday

  /// What the terminal shows.
  public var phrase: TerminalPhrase { .voidRefused(self) }
}
