extension TerminalSimulator {
  /// Key 1 on a declined scan: take the same amount by card.
  static let cardPaymentKey = 1
  /// Key 2 on a failure: open the scan self-check.
  static let selfCheckKey = 2

  mutating func handleResult(_ result: TerminalResult, _ input: TerminalInput) -> [TerminalEvent] {
    switch input {
    case .confirm, .cancel:
      state = .menu(profile.startMenu)
    case .digit(let value):
      guard case .declined(let failure) = result.outcome else { return [] }
      if value == Self.cardPaymentKey, failure.suggestions.contains(.cardPayment),
        let amount = result.retryAmount
      {
        state = .awaitingCard(amount: amount, purpose: .sale)
      } else if value == Self.selfCheckKey, failure.suggestions.contains(.selfCheck) {
        return [.selfCheckRequested(failure)]
      }
    case .point, .clear, .function, .arrow, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  func resultScreen(_ result: TerminalResult) -> TerminalScreen {
    var lines: [TerminalLine] = []
    if result.reversal != nil { lines.append(TerminalLine(text(.reversalSent), .hint)) }
    let title: String
    switch result.outcome {
    case .approved(let record):
      title = text(.resultTitle)
      lines.append(TerminalLine(text(.approvedHeading), .success))
      lines.append(TerminalLine(text(.transactionKind(record.kind, record.method))))
      lines.append(TerminalLine(text(.amountShown(fen: record.amountFen)), .amount))
      lines.append(TerminalLine(text(.voucherShown(record.voucher))))
      lines.append(TerminalLine(text(.referenceShown(record.reference))))
      if record.isSmallContactless(profile) {
        lines.append(TerminalLine(text(.contactlessNoPINNoSignature), .hint))
      }
      if result.slip != nil { lines.append(TerminalLine(text(.electronicSlip), .hint)) }
    case .declined(let failure):
      title = text(.resultTitle)
      lines.append(TerminalLine(text(.declinedHeading), .error))
      let hostAdvice = failure.responseCode.flatMap { profile.response($0) }
      if let code = failure.responseCode, let entry = hostAdvice {
        lines.append(
          TerminalLine(text(.responseCodeShown(code)) + " " + entry.text(language), .error))
        lines.append(TerminalLine(entry.advice(language), .hint))
      } else {
        lines.append(TerminalLine(text(.failureMessage(failure)), .error))
      }
      for suggestion in failure.suggestions {
        switch suggestion {
        case .cardPayment where result.retryAmount == nil:
          continue
        case _ where hostAdvice != nil && suggestion.isGeneralAdvice:
          // The response code's own advice already says this (51, 96): say it once.
          continue
        case .cardPayment:
          lines.append(
            TerminalLine("\(Self.cardPaymentKey) \(text(.suggestionText(suggestion)))", .prompt))
        case .selfCheck:
          lines.append(
            TerminalLine("\(Self.selfCheckKey) \(text(.suggestionText(suggestion)))", .prompt))
        case .refreshCode, .retryLater, .callSupport, .updateFirmware, .otherPayment, .retryCard:
          lines.append(TerminalLine(text(.suggestionText(suggestion)), .hint))
        }
      }
    case .settled(let summary):
      title = label(.settle)
      lines.append(TerminalLine(text(.settledBatch), .success))
      lines += summaryLines(summary)
    }
    // No time is shown: the simulated host answers at once, so "took 60 s" would be untrue.
    return makeScreen(title: title, lines: lines, keys: [.confirm])
  }
}

extension Suggestion {
  /// Advice a host response code's profile text already gives in general terms.
  var isGeneralAdvice: Bool {
    switch self {
    case .retryLater, .otherPayment, .callSupport: true
    case .cardPayment, .selfCheck, .refreshCode, .updateFirmware, .retryCard: false
    }
  }
}
