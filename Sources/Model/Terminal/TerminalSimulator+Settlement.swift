extension TerminalSimulator {
  /// The batch totals; confirm settles with the host and opens the next batch.
  mutating func handleSettlementReview(
    _ summary: BatchSummary, forced: Bool, _ input: TerminalInput
  ) -> [TerminalEvent] {
    switch input {
    case .confirm:
      let decision = askHost(.settlement)
      guard decision.failure == nil else { return decline(decision) }
      let closed = ledger.settle(training: training)
      state = .result(
        TerminalResult(
          outcome: .settled(closed), elapsedMilliseconds: decision.elapsedMilliseconds,
          slip: nil, retryAmount: nil, reversal: takeSentReversal()))
      return decision.surfaced.map(TerminalEvent.faultSurfaced) + [.batchSettled(closed)]
    case .cancel where forced:
      // Yesterday's batch must be settled before anything else.
      show(.profileText(.forcedSettlement))
    case .cancel:
      state = .menu(menuHolding(.settle))
    case .digit, .point, .clear, .function, .arrow, .text, .pickSample, .presentCard, .tick,
      .customerEntersPassword:
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

  func settlementScreen(_ summary: BatchSummary, forced: Bool) -> TerminalScreen {
    var lines = summaryLines(summary)
    if forced { lines.insert(TerminalLine(text(.forcedSettlement), .error), at: 0) }
    lines.append(TerminalLine(text(.confirmSettlementPrompt), .prompt))
    return makeScreen(
      title: label(.settle), lines: lines, keys: forced ? [.confirm] : [.confirm, .cancel])
  }
}
