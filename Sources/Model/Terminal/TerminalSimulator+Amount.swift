extension TerminalSimulator {
  /// Amount entry for sales and refunds; the amount is checked on confirm.
  mutating func handleAmount(_ entry: AmountEntry, _ input: TerminalInput) -> [TerminalEvent] {
    var entry = entry
    switch input {
    case .digit:
      if faults.contains(.wrongKey), !entry.interrupted, !entry.text.isEmpty, entry.purpose.isSale {
        // The cashier's finger catches the scan key: the unit drops what was typed.
        entry.interrupted = true
        entry.text = ""
        state = .amountEntry(entry)
        show(.wrongKeyInterrupted)
        return [.faultSurfaced(.wrongKey)]
      }
      entry.text = FieldEdit.apply(input, to: entry.text, capacity: AmountEntry.capacity) ?? ""
    case .point:
      if entry.text.count < AmountEntry.capacity { entry.text += "." }
    case .clear, .text:
      entry.text =
        FieldEdit.apply(
          input, to: entry.text, capacity: AmountEntry.capacity,
          allowed: { $0.isASCIIDigit || $0 == "." }) ?? ""
    case .cancel:
      state = .mainMenu
      return []
    case .confirm:
      return confirmAmount(entry)
    case .function, .arrow, .pickSample, .presentCard:
      break
    }
    state = .amountEntry(entry)
    return []
  }

  private mutating func confirmAmount(_ entry: AmountEntry) -> [TerminalEvent] {
    let amount: Amount
    do {
      amount = try Amount.parse(entry.text)
    } catch {
      show(error.phrase)
      state = .amountEntry(entry)
      return []
    }
    switch entry.purpose {
    case .scanSale:
      state = .awaitingCode(amount: amount, typed: "")
      return faults.contains(.cameraBroken) ? [.faultSurfaced(.cameraBroken)] : []
    case .cardSale:
      state = .awaitingCard(amount: amount)
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
    let title: TerminalPhrase
    var lines: [TerminalLine] = []
    switch entry.purpose {
    case .scanSale: title = .scanTitle
    case .cardSale: title = .saleTitle
    case .refund(let original, let remainingFen):
      title = .refundTitle
      lines.append(TerminalLine(text(.originalAmount(fen: original.amountFen))))
      lines.append(TerminalLine(text(.refundableAmount(fen: remainingFen)), .amount))
    }
    lines.append(TerminalLine(text(.enterAmountPrompt), .prompt))
    lines.append(TerminalLine(text(.amountRangeHint), .hint))
    let field = TerminalField(
      label: text(.amountLabel), display: entry.text, masked: false,
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
