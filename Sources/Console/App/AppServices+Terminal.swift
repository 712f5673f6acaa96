import Model

extension AppServices {
  /// Stores what the simulated terminal reported. A transaction waiting to be journalled
  /// is stored first and the unit is told how that went; nothing says success before.
  func persistTerminal(_ events: [TerminalEvent]) -> [AppAction] {
    var answers: [AppAction] = []
    for case .recordRequested(let pending) in events {
      answers.append(.service(.terminalRecorded(recordTransaction(pending))))
    }
    do {
      guard let store = transactionStore() else {
        if events.contains(where: \.needsStoring) {
          return answers + [.service(.terminalStoreFailed("\(databasePath) is not open"))]
        }
        return answers
      }
      try store.persist(events)
      return answers
    } catch {
      log.write("terminal store: \(error)")
      return answers + [.service(.terminalStoreFailed("\(databasePath): \(error)"))]
    }
  }

  private func recordTransaction(_ pending: PendingTransaction) -> RecordingOutcome {
    guard let store = transactionStore() else {
      let failure = RecordFailure(.unavailable, detail: "\(databasePath) is not open")
      log.write("record failed: \(failure)")
      return .failed(failure)
    }
    do {
      guard let record = try store.recordUnlessRefused(pending) else {
        log.write("refused: payment code already used")
        return .refused(.codeExpired)
      }
      log.write(
        "recorded \(record.kind.rawValue) \(record.training ? "training " : "")"
          + "batch=\(record.batch) voucher=\(record.voucher) reference=\(record.reference) "
          + "fen=\(record.amountFen)")
      return .recorded(
        TransactionNumbers(
          batch: record.batch, voucher: record.voucher, reference: record.reference))
    } catch {
      log.write("record failed: \(databasePath): \(error)")
      return .failed(error)
    }
  }

  /// The store, reopening the database when it could not be opened at start (the data
  /// dir may have been fixed since), so the unit takes payments as soon as it can.
  private func transactionStore() -> TransactionStore? {
    if let database = reopenDatabaseIfNeeded() { return TransactionStore(database: database) }
    return nil
  }
}

extension TerminalEvent {
  /// Whether the store must write something for this event (besides journalling).
  fileprivate var needsStoring: Bool {
    switch self {
    case .settingsChanged, .batchSettled, .paymentCodeUsed: true
    case .recordRequested, .transactionCompleted, .signedIn, .slipPrinted, .declined,
      .faultSurfaced, .suggestion, .selfCheckRequested:
      false
    }
  }
}
