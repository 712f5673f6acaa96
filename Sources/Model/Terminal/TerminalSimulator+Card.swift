extension TerminalSimulator {
  /// PINs on Chinese bank cards are six digits.
  static let pinLength = 6

  /// "Swipe, insert or tap" for a sale, a void or a refund: 1 swipe, 2 insert, 3 tap, or a
  /// card presented directly. A chip card that is swiped is refused: insert it.
  mutating func handleAwaitingCard(
    _ amount: Amount, _ purpose: CardPurpose, _ input: TerminalInput
  ) -> [TerminalEvent] {
    let modes: [Int: CardEntryMode] = [1: .swipe, 2: .insert, 3: .tap]
    switch input {
    case .presentCard(let mode):
      return readCard(amount, purpose, mode)
    case .digit(let value):
      if let mode = modes[value] { return readCard(amount, purpose, mode) }
    case .cancel:
      presentedCard = nil
      state = .menu(profile.startMenu)
    case .point, .confirm, .clear, .function, .arrow, .text, .pickSample, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  private mutating func readCard(_ amount: Amount, _ purpose: CardPurpose, _ mode: CardEntryMode)
    -> [TerminalEvent]
  {
    if mode == .swipe, profile.card.hasChip {
      show(.profileText(.insertChip))
      return []
    }
    let card = PresentedCard(mode: mode, masked: maskedCardNumber())
    switch purpose {
    case .sale:
      presentedCard = card
      if mode == .tap, amount.fen <= profile.limits.contactlessNoPINFen {
        // Small contactless sale, no PIN and no signature: straight to the host, no PIN, no signature.
        return sendCardSale(amount, pinEntered: false)
      }
      state = .pinEntry(amount: amount, mode: mode, pin: "")
    case .void(let original):
      return sendVoid(original, card: card)
    case .refund:
      presentedCard = card
      state = .referenceEntry("")
    }
    return []
  }

  /// The test card's number as slips show it: first 6 and last 4 digits.
  private mutating func maskedCardNumber() -> String {
    let last4 = zeroPadded(rng.value(in: 0...9_999), width: 4)
    let hidden = max(0, profile.card.length - 10)
    return profile.card.bin + String(repeating: "*", count: hidden) + last4
  }

  /// The cardholder types the PIN (masked); confirm sends the sale. Confirm with no PIN
  /// sends it without one ("no PIN: press Confirm"): fine for a card without a PIN, 55 otherwise.
  mutating func handlePIN(
    _ amount: Amount, _ mode: CardEntryMode, _ pin: String, _ input: TerminalInput
  ) -> [TerminalEvent] {
    if let edited = FieldEdit.apply(input, to: pin, capacity: Self.pinLength) {
      state = .pinEntry(amount: amount, mode: mode, pin: edited)
      return []
    }
    switch input {
    case .confirm:
      if pin.isEmpty { return sendCardSale(amount, pinEntered: false) }
      guard pin.count == Self.pinLength else {
        show(.pinLengthWrong)
        return []
      }
      return sendCardSale(amount, pinEntered: true)
    case .cancel:
      presentedCard = nil
      state = .menu(profile.startMenu)
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  /// Sends the sale; an approved sale goes to the signature unless contactless under
  /// the no-PIN limit.
  private mutating func sendCardSale(_ amount: Amount, pinEntered: Bool) -> [TerminalEvent] {
    let card = presentedCard
    presentedCard = nil
    var decision = askHost(.cardSale, amountFen: amount.fen)
    if !pinEntered, profile.card.hasPIN, decision.failure == nil,
      card?.mode != .tap || amount.fen > profile.limits.contactlessNoPINFen
    {
      // The card has a PIN: the issuer refuses the sale sent without it.
      decision.failure = .wrongPIN
    }
    guard decision.failure == nil else { return decline(decision) }
    let mode = card?.mode ?? .insert
    let pending = approve(
      .sale, method: PaymentMethod(mode), amountFen: amount.fen, maskedCard: card?.masked)
    let contactless = mode == .tap && amount.fen <= profile.limits.contactlessNoPINFen
    guard !contactless else { return complete(pending, decision: decision) }
    return startRecording(pending, then: .signature, decision: decision)
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
      let shown = slip(for: record, signed: true)
      state = .result(
        TerminalResult(
          outcome: .approved(record), elapsedMilliseconds: 0, slip: shown, retryAmount: nil,
          reversal: takeSentReversal()))
      return [.slipPrinted(shown)]
    case .cancel:
      // The sale is already approved: the slip needs the cardholder's signature.
      show(.signatureRequired, .hint)
    case .digit, .point, .function, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    state = .signature(record: record, pad: pad)
    return []
  }

  func awaitingCardScreen(_ amount: Amount, _ purpose: CardPurpose) -> TerminalScreen {
    let title: String
    switch purpose {
    case .sale: title = label(.cardSale)
    case .void: title = label(.void)
    case .refund: title = label(.refund)
    }
    var lines: [TerminalLine] = []
    if purpose != .refund {
      lines.append(TerminalLine(text(.amountShown(fen: amount.fen)), .amount))
    }
    lines.append(TerminalLine(text(.presentCardPrompt), .prompt))
    lines.append(TerminalLine(text(.cardModesHint), .hint))
    return makeScreen(title: title, lines: lines, keys: [.digits, .cancel])
  }

  func pinScreen(_ amount: Amount, _ pin: String) -> TerminalScreen {
    makeScreen(
      title: label(.cardSale),
      lines: [
        TerminalLine(text(.amountShown(fen: amount.fen)), .amount),
        TerminalLine(text(.enterPINPrompt), .prompt),
        TerminalLine(text(.noPINHint), .hint),
      ],
      field: TerminalField(
        label: text(.pinLabel), display: mask(pin), masked: true, capacity: Self.pinLength),
      keys: [.confirm, .cancel, .clear])
  }

  func signatureScreen(_ record: TransactionRecord, _ pad: SignaturePad) -> TerminalScreen {
    // The reversal went with this sale's request: say so now, not only after signing.
    let reversal = sentReversal.map { _ in [TerminalLine(text(.reversalSent), .hint)] } ?? []
    return makeScreen(
      title: text(.signatureTitle),
      lines: reversal + [
        TerminalLine(text(.amountShown(fen: record.amountFen)), .amount),
        TerminalLine(text(.signPrompt), .prompt),
      ], signature: pad, keys: [.arrows, .confirm, .clear])
  }
}

/// A card read by the terminal for the transaction in progress.
public struct PresentedCard: Equatable, Sendable {
  public var mode: CardEntryMode
  /// First 6 and last 4 digits shown.
  public var masked: String
}

extension TransactionRecord {
  /// Whether the slip carries a signature: card sales, except contactless within the
  /// profile's no-PIN limit (no PIN, no signature); voids and refunds need none.
  public func needsSignature(_ profile: TerminalProfile) -> Bool {
    guard kind == .sale, method != .scan else { return false }
    return !isSmallContactless(profile)
  }

  /// A contactless sale within the no-PIN, no-signature limit.
  public func isSmallContactless(_ profile: TerminalProfile) -> Bool {
    method == .tap && amountFen <= profile.limits.contactlessNoPINFen
  }
}
