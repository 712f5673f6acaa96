extension TerminalSimulator {
  /// Goes to the recording screen and asks the outside world to journal `pending`.
  mutating func startRecording(
    _ pending: PendingTransaction, then next: AfterRecording, decision: FaultDecision
  ) -> [TerminalEvent] {
    state = .recording(
      RecordingEntry(
        pending: pending, next: next, elapsedMilliseconds: decision.elapsedMilliseconds,
        failure: nil))
    return decision.surfaced.map(TerminalEvent.faultSurfaced) + [.recordRequested(pending)]
  }

  /// The store's answer to `recordRequested`: approved with the stored numbers, or a
  /// screen saying the sale did not go through. Ignored when nothing is being recorded.
  public mutating func answerRecording(_ outcome: RecordingOutcome) -> [TerminalEvent] {
    guard case .recording(var entry) = state, entry.failure == nil else { return [] }
    notice = nil
    switch outcome {
    case .failed(let failure):
      entry.failure = failure
      state = .recording(entry)
      return []
    case .refused(let failure):
      if let code = entry.pending.paymentCode { ledger.usedCodes.insert(code) }
      let decision = FaultDecision(
        failure: failure, elapsedMilliseconds: entry.elapsedMilliseconds, surfaced: [])
      return decline(decision, retryAmount: Amount(fen: entry.pending.amountFen))
    case .recorded(let numbers):
      let record = entry.pending.record(with: numbers)
      ledger.noteRecorded(record)
      if let code = entry.pending.paymentCode { ledger.usedCodes.insert(code) }
      switch entry.next {
      case .signature:
        state = .signature(record: record, pad: SignaturePad())
        show(.approvedPleaseSign, .success)
        return [.transactionCompleted(record)]
      case .result(let printSlip):
        let printed = printSlip ? slip(for: record, signed: false) : nil
        state = .result(
          TerminalResult(
            outcome: .approved(record), elapsedMilliseconds: entry.elapsedMilliseconds,
            slip: printed, retryAmount: nil, reversal: takeSentReversal()))
        return [.transactionCompleted(record)] + (printed.map { [.slipPrinted($0)] } ?? [])
      }
    }
  }

  /// While journalling the unit takes no keys; after a failure confirm or cancel goes back
  /// to the main menu, as after any result.
  mutating func handleRecording(_ entry: RecordingEntry, _ input: TerminalInput)
    -> [TerminalEvent]
  {
    guard entry.failure != nil else { return [] }
    switch input {
    case .confirm, .cancel: state = .menu(profile.startMenu)
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  func recordingScreen(_ entry: RecordingEntry) -> TerminalScreen {
    let amount = TerminalLine(text(.amountShown(fen: entry.pending.amountFen)), .amount)
    guard let failure = entry.failure else {
      return makeScreen(
        title: text(.resultTitle),
        lines: [amount, TerminalLine(text(.recording(.inProgress)), .prompt)], keys: [])
    }
    return makeScreen(
      title: text(.resultTitle),
      lines: [
        TerminalLine(text(.recording(.notRecordedHeading)), .error),
        TerminalLine(text(.transactionKind(entry.pending.kind, entry.pending.method))),
        amount,
        TerminalLine(text(.recording(.reason(failure.kind))), .error),
        TerminalLine(text(.recording(.nothingTaken))),
        TerminalLine(text(.recording(.advice(failure.kind))), .prompt),
      ], keys: [.confirm])
  }
}

/// What the unit says while journalling and when journalling fails.
public enum RecordingPhrase: Equatable, Sendable {
  /// Recording, please wait.
  case inProgress
  /// The sale did not go through.
  case notRecordedHeading
  /// Why it could not be stored.
  case reason(RecordFailureKind)
  /// No slip, no money taken: the customer has not paid.
  case nothingTaken
  /// What the cashier does next.
  case advice(RecordFailureKind)

  /// The words in `language`.
  func text(_ language: Language) -> String {
    switch language {
    case .zh: TerminalPhrasesZh.recording(self)
    case .en: TerminalPhrasesEn.recording(self)
    }
  }
}
