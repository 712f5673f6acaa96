extension TerminalSimulator {
  /// The batch totals; confirm settles with the host and opens the next batch.
  mutating func handleSettlementReview(_ summary: BatchSummary, _ input: TerminalInput)
    -> [TerminalEvent]
  {
    switch input {
    case .confirm:
      let decision = FaultRules.host(.settlement, faults: faults, settings: settings, rng: &rng)
      guard decision.failure == nil else { return decline(decision) }
      let closed = ledger.settle(training: training)
      state = .result(
        TerminalResult(
          outcome: .settled(closed), elapsedMilliseconds: decision.elapsedMilliseconds,
          slip: nil, retryAmount: nil))
      return decision.surfaced.map(TerminalEvent.faultSurfaced) + [.batchSettled(closed)]
    case .cancel:
      state = .mainMenu
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard:
      break
    }
    return []
  }

  /// Lines listing a batch's counts and totals.
  func summaryLines(_ summary: BatchSummary) -> [TerminalLine] {
    [
      TerminalLine(text(.batchShown(summary.batch))),
      TerminalLine(text(.totalLine(.sale, count: summary.saleCount, fen: summary.saleFen))),
      TerminalLine(text(.totalLine(.void, count: summary.voidCount, fen: summary.voidFen))),
      TerminalLine(text(.totalLine(.refund, count: summary.refundCount, fen: summary.refundFen))),
      TerminalLine(text(.netTotal(fen: summary.netFen)), .amount),
    ]
  }

  func settlementScreen(_ summary: BatchSummary) -> TerminalScreen {
    makeScreen(
      title: .settlementTitle,
      lines: summaryLines(summary) + [TerminalLine(text(.confirmSettlementPrompt), .prompt)],
      keys: [.confirm, .cancel])
  }
}
