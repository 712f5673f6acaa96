extension TerminalSimulator {
  /// Goes to 正在记账 and asks the outside world to journal `pending`.
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
        show(.approvedPleaseSign(elapsedMilliseconds: entry.elapsedMilliseconds), .success)
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
  /// 正在记账，请稍候…
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
    case .zh: zh
    case .en: en
    }
  }

  private var zh: String {
    switch self {
    case .inProgress: "正在记账，请稍候…"
    case .notRecordedHeading: "交易未完成：未能记账"
    case .reason(.busy): "原因：数据库被其他程序占用"
    case .reason(.diskFull): "原因：磁盘已满"
    case .reason(.notWritable): "原因：数据目录不可写"
    case .reason(.corrupt): "原因：数据库文件已损坏"
    case .reason(.unavailable): "原因：数据库无法打开"
    case .reason(.ioError): "原因：读写数据库出错"
    case .nothingTaken: "已冲正，未出签购单，本笔未收款"
    case .advice(.busy): "请稍候片刻，按确认后重新收款"
    case .advice(.diskFull): "请清理磁盘空间后重新收款"
    case .advice(.notWritable): "请检查数据目录权限，重启后再收款"
    case .advice(.corrupt): "请联系管理员恢复数据库，暂用其他方式收款"
    case .advice(.unavailable): "请检查数据目录，重启后再收款"
    case .advice(.ioError): "请检查磁盘，稍后重新收款"
    }
  }

  private var en: String {
    switch self {
    case .inProgress: "Recording, please wait…"
    case .notRecordedHeading: "NOT COMPLETED: could not record"
    case .reason(.busy): "Why: another program holds the database"
    case .reason(.diskFull): "Why: the disk is full"
    case .reason(.notWritable): "Why: the data dir cannot be written"
    case .reason(.corrupt): "Why: the database file is damaged"
    case .reason(.unavailable): "Why: the database cannot be opened"
    case .reason(.ioError): "Why: a read/write error on the database"
    case .nothingTaken: "Reversed: no slip, nothing was charged"
    case .advice(.busy): "Wait a moment, press Enter, take it again"
    case .advice(.diskFull): "Free disk space, then take it again"
    case .advice(.notWritable): "Fix the data dir's permissions, restart"
    case .advice(.corrupt): "Ask an admin to restore; take another way"
    case .advice(.unavailable): "Check the data dir, restart the console"
    case .advice(.ioError): "Check the disk, then take it again"
    }
  }
}
