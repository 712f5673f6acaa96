extension TerminalSimulator {
  /// Amount entry for sales and refunds, in the profile's mode; checked on confirm.
  mutating func handleAmount(_ entry: AmountEntry, _ input: TerminalInput) -> [TerminalEvent] {
    var entry = entry
    switch input {
    case .digit:
      if shop.keyStuck, !entry.interrupted, !entry.text.isEmpty, entry.purpose.isSale {
        // The cashier's finger catches the scan key: the unit drops what was typed.
        entry.interrupted = true
        entry.text = ""
        state = .amountEntry(entry)
        show(.wrongKeyInterrupted)
        return [.faultSurfaced(.wrongKey)]
      }
      entry.text = AmountKeying(mode: profile.amountEntry).apply(input, to: entry.text)
    case .point, .clear, .text:
      entry.text = AmountKeying(mode: profile.amountEntry).apply(input, to: entry.text)
    case .cancel:
      state = .menu(profile.startMenu)
      return []
    case .confirm:
      return confirmAmount(entry)
    case .function, .arrow, .pickSample, .presentCard, .tick, .customerEntersPassword:
      break
    }
    state = .amountEntry(entry)
    return []
  }

  private mutating func confirmAmount(_ entry: AmountEntry) -> [TerminalEvent] {
    let amount: Amount
    do {
      amount = try AmountKeying(mode: profile.amountEntry).amount(
        entry.text, maximumFen: profile.limits.maxAmountFen)
    } catch {
      show(error.phrase)
      state = .amountEntry(entry)
      return []
    }
    switch entry.purpose {
    case .scanSale:
      state = .awaitingCode(amount: amount, typed: "")
      return shop.cameraWorks ? [] : [.faultSurfaced(.cameraBroken)]
    case .cardSale:
      state = .awaitingCard(amount: amount, purpose: .sale)
    case .refund(let original, let remainingFen):
      guard amount.fen <= remainingFen else {
        show(.refundOverRemaining(remainingFen: remainingFen))
        state = .amountEntry(entry)
        return []
      }
      state = .refundConfirm(original: original, amount: amount)
    }
    return []
  }

  func amountScreen(_ entry: AmountEntry) -> TerminalScreen {
    let title: String
    var lines: [TerminalLine] = []
    switch entry.purpose {
    case .scanSale: title = label(.scanSale)
    case .cardSale: title = label(.cardSale)
    case .refund(let original, let remainingFen):
      title = label(.refund)
      lines.append(TerminalLine(text(.originalAmount(fen: original.amountFen))))
      lines.append(TerminalLine(text(.refundableAmount(fen: remainingFen)), .amount))
    }
    lines.append(TerminalLine(text(.amountPrompt), .prompt))
    lines.append(TerminalLine(text(.amountHint), .hint))
    let keying = AmountKeying(mode: profile.amountEntry)
    let field = TerminalField(
      label: text(.amountLabel), display: keying.display(entry.text), masked: false,
      capacity: AmountEntry.capacity)
    return makeScreen(title: title, lines: lines, field: field, keys: [.confirm, .cancel, .clear])
  }
}

extension AmountPurpose {
  /// Sales are where the scan key sits next to the digits the cashier types.
  var isSale: Bool {
    switch self {
    case .scanSale, .cardSale: true
    case .refund: false
    }
  }
}
