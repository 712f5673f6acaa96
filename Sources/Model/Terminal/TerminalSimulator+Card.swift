extension TerminalSimulator {
  /// PINs on Chinese bank cards are six digits.
  static let pinLength = 6

  /// "请刷卡/插卡/挥卡": 1 swipe, 2 insert, 3 tap, or a card presented directly.
  mutating func handleAwaitingCard(_ amount: Amount, _ input: TerminalInput) -> [TerminalEvent] {
    switch input {
    case .presentCard(let mode):
      state = .pinEntry(amount: amount, mode: mode, pin: "")
    case .digit(let value):
      let modes: [Int: CardEntryMode] = [1: .swipe, 2: .insert, 3: .tap]
      if let mode = modes[value] { state = .pinEntry(amount: amount, mode: mode, pin: "") }
    case .cancel:
      state = .mainMenu
    case .point, .confirm, .clear, .function, .arrow, .text, .pickSample:
      break
    }
    return []
  }

  /// The cardholder types the PIN (masked); confirm sends the sale to the host.
  mutating func handlePIN(
    _ amount: Amount, _ mode: CardEntryMode, _ pin: String, _ input: TerminalInput
  ) -> [TerminalEvent] {
    if let edited = FieldEdit.apply(input, to: pin, capacity: Self.pinLength) {
      state = .pinEntry(amount: amount, mode: mode, pin: edited)
      return []
    }
    switch input {
    case .confirm:
      guard pin.count == Self.pinLength else {
        show(.pinLengthWrong)
        return []
      }
      let decision = FaultRules.host(.cardSale, faults: faults, settings: settings, rng: &rng)
      guard decision.failure == nil else { return decline(decision) }
      let last4 = zeroPadded(rng.value(in: 0...9_999), width: 4)
      let pending = approve(
        .sale, method: PaymentMethod(mode), amountFen: amount.fen,
        maskedCard: "6222 02** **** \(last4)")
      return startRecording(pending, then: .signature, decision: decision)
    case .cancel:
      state = .mainMenu
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard:
      break
    }
    return []
  }

  /// The cardholder signs with the arrow keys; clear erases, confirm accepts.
  mutating func handleSignature(
    _ record: TransactionRecord, _ pad: SignaturePad, _ input: TerminalInput
  ) -> [TerminalEvent] {
    var pad = pad
    switch input {
    case .arrow(let direction):
      pad.move(direction)
    case .clear:
      pad.clear()
    case .confirm:
      guard !pad.isEmpty else {
        show(.signFirst)
        return []
      }
      let printed = slip(for: record, signed: true)
      state = .result(
        TerminalResult(
          outcome: .approved(record), elapsedMilliseconds: 0, slip: printed, retryAmount: nil))
      return [.slipPrinted(printed)]
    case .cancel:
      // The sale is already approved: the slip needs the cardholder's signature.
      show(.signatureRequired, .hint)
    case .digit, .point, .function, .text, .pickSample, .presentCard:
      break
    }
    state = .signature(record: record, pad: pad)
    return []
  }

  func awaitingCardScreen(_ amount: Amount) -> TerminalScreen {
    makeScreen(
      title: .saleTitle,
      lines: [
        TerminalLine(text(.amountShown(fen: amount.fen)), .amount),
        TerminalLine(text(.presentCardPrompt), .prompt),
        TerminalLine(text(.cardModesHint), .hint),
      ], keys: [.digits, .cancel])
  }

  func pinScreen(_ amount: Amount, _ pin: String) -> TerminalScreen {
    makeScreen(
      title: .saleTitle,
      lines: [
        TerminalLine(text(.amountShown(fen: amount.fen)), .amount),
        TerminalLine(text(.enterPINPrompt), .prompt),
      ],
      field: TerminalField(
        label: text(.pinLabel), display: mask(pin), masked: true, capacity: Self.pinLength),
      keys: [.confirm, .cancel, .clear])
  }

  func signatureScreen(_ record: TransactionRecord, _ pad: SignaturePad) -> TerminalScreen {
    makeScreen(
      title: .signatureTitle,
      lines: [
        TerminalLine(text(.amountShown(fen: record.amountFen)), .amount),
        TerminalLine(text(.signPrompt), .prompt),
      ], signature: pad, keys: [.arrows, .confirm, .clear])
  }
}
