extension TerminalSimulator {
  /// Reference numbers are twelve digits.
  static let referenceLength = 12

  mutating func handleReference(_ reference: String, _ input: TerminalInput) -> [TerminalEvent] {
    if let edited = FieldEdit.apply(input, to: reference, capacity: Self.referenceLength) {
      state = .referenceEntry(edited)
      return []
    }
    switch input {
    case .confirm:
      guard reference.count == Self.referenceLength else {
        show(.referenceLengthWrong)
        return []
      }
      state = .originalDateEntry(reference: reference, date: "")
    case .cancel:
      presentedCard = nil
      state = .menu(profile.startMenu)
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  /// The original date as MMDD; then the sale is looked up and its refundable rest shown.
  mutating func handleOriginalDate(_ reference: String, _ date: String, _ input: TerminalInput)
    -> [TerminalEvent]
  {
    if let edited = FieldEdit.apply(input, to: date, capacity: 4) {
      state = .originalDateEntry(reference: reference, date: edited)
      return []
    }
    switch input {
    case .confirm:
      guard Self.isMonthDay(date) else {
        show(.dateFormatWrong)
        return []
      }
      switch refundable(reference: reference, monthDay: date) {
      case .success(let (sale, remaining)):
        state = .amountEntry(
          AmountEntry(purpose: .refund(original: sale, remainingFen: remaining)))
      case .failure(let refusal):
        show(refusal.phrase)
        state = .referenceEntry("")
      }
    case .cancel:
      presentedCard = nil
      state = .menu(profile.startMenu)
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  /// The sale and what can still be refunded of it, else why it cannot.
  func refundable(reference: String, monthDay: String) -> Result<
    (TransactionRecord, Int), RefundRefusal
  > {
    guard let sale = ledger.sale(reference: reference, training: training),
      clock.monthDay(sale.date) == monthDay
    else { return .failure(.notFound) }
    if ledger.isVoided(sale) { return .failure(.voided) }
    let remaining = ledger.refundableFen(sale)
    guard remaining > 0 else { return .failure(.fullyRefunded) }
    return .success((sale, remaining))
  }

  static func isMonthDay(_ text: String) -> Bool {
    guard text.count == 4, let month = Int(text.prefix(2)), let day = Int(text.suffix(2)) else {
      return false
    }
    return (1...12).contains(month) && (1...31).contains(day)
  }

  mutating func handleRefundConfirm(
    _ original: TransactionRecord, _ amount: Amount, _ input: TerminalInput
  ) -> [TerminalEvent] {
    switch input {
    case .confirm:
      let card = presentedCard
      presentedCard = nil
      let decision = askHost(.refund, amountFen: amount.fen)
      guard decision.failure == nil else { return decline(decision) }
      let record = approve(
        .refund, method: original.method, amountFen: amount.fen, walletID: original.walletID,
        walletName: original.walletName, maskedCard: card?.masked ?? original.maskedCard,
        original: original)
      return complete(record, decision: decision)
    case .cancel:
      presentedCard = nil
      state = .menu(profile.startMenu)
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  func referenceScreen(_ reference: String) -> TerminalScreen {
    makeScreen(
      title: label(.refund), lines: [TerminalLine(text(.enterReferencePrompt), .prompt)],
      field: TerminalField(
        label: text(.referenceLabel), display: reference, masked: false,
        capacity: Self.referenceLength),
      keys: [.confirm, .cancel, .clear])
  }

  func originalDateScreen(_ reference: String, _ date: String) -> TerminalScreen {
    makeScreen(
      title: label(.refund),
      lines: [
        TerminalLine(text(.referenceShown(reference))),
        TerminalLine(text(.enterOriginalDatePrompt), .prompt),
      ],
      field: TerminalField(label: text(.dateLabel), display: date, masked: false, capacity: 4),
      keys: [.confirm, .cancel, .clear])
  }

  func refundConfirmScreen(_ original: TransactionRecord, _ amount: Amount) -> TerminalScreen {
    makeScreen(
      title: label(.refund),
      lines: originalLines(original) + [
        TerminalLine(text(.refundAmountShown(fen: amount.fen)), .amount),
        TerminalLine(text(.confirmRefundPrompt), .prompt),
      ], keys: [.confirm, .cancel])
  }
}

/// Why a sale cannot be refunded.
public enum RefundRefusal: Error, Equatable, Sendable {
  /// No sale with this reference number on that date.
  case notFound
  /// The sale was voided; nothing is left to give back.
  case voided
  /// Everything was refunded already.
  case fullyRefunded

  /// What the terminal shows.
  public var phrase: TerminalPhrase { .refundRefused(self) }
}
