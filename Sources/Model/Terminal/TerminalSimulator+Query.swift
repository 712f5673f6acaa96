extension TerminalSimulator {
  /// Today's transactions of the open batch, oldest first, as the transaction query lists them.
  public var todaysTransactions: [TransactionRecord] {
    let now = clock.now()
    return ledger.openBatch(training: training).filter { clock.sameDay($0.date, now) }
  }

  /// Today's transactions: arrows choose, confirm shows the slip again, Function voids the chosen sale.
  mutating func handleTransactionList(_ selected: Int, _ input: TerminalInput)
    -> [TerminalEvent]
  {
    let records = todaysTransactions
    switch input {
    case .arrow(.up):
      state = .transactionList(selected: max(0, selected - 1))
    case .arrow(.down):
      state = .transactionList(selected: min(max(0, records.count - 1), selected + 1))
    case .confirm:
      guard records.indices.contains(selected) else { return [] }
      state = .slipView(records[selected])
    case .function:
      guard records.indices.contains(selected) else { return [] }
      let record = records[selected]
      guard record.kind == .sale else {
        show(.onlySalesVoidable)
        return []
      }
      state = .supervisor(flow: .voidSale(record), password: "")
    case .cancel:
      state = .menu(menuHolding(.today))
    case .digit, .point, .clear, .arrow(.left), .arrow(.right), .text, .pickSample, .presentCard,
      .tick, .customerEntersPassword:
      break
    }
    return []
  }

  /// A slip shown again: any key goes back to the list.
  mutating func handleSlipView(_ record: TransactionRecord, _ input: TerminalInput)
    -> [TerminalEvent]
  {
    switch input {
    case .confirm, .cancel:
      let index = todaysTransactions.firstIndex(of: record) ?? 0
      state = .transactionList(selected: index)
    default:
      break
    }
    return []
  }

  func transactionListScreen(_ selected: Int) -> TerminalScreen {
    let records = todaysTransactions
    guard !records.isEmpty else {
      return makeScreen(
        title: label(.today), lines: [TerminalLine(text(.queryEmpty), .hint)], keys: [.cancel])
    }
    var lines = records.enumerated().map { index, record in
      let marker = index == selected ? "> " : "  "
      let sign = record.kind == .sale ? "" : "-"
      // A voided sale is no plain sale: the list says so, as the unit's query does.
      let voided = record.kind == .sale && ledger.isVoided(record) ? " \(text(.voidedMark))" : ""
      return TerminalLine(
        marker + "\(record.voucher) \(text(.transactionKind(record.kind, record.method))) "
          + "¥\(sign)\(record.yuanText) \(clock.time(record.date))\(voided)",
        index == selected ? .prompt : .normal)
    }
    lines.append(TerminalLine(text(.transactionListHint), .hint))
    return makeScreen(
      title: label(.today), lines: lines, keys: [.arrows, .confirm, .function, .cancel])
  }

  func slipViewScreen(_ record: TransactionRecord) -> TerminalScreen {
    makeScreen(
      title: label(.today),
      lines: [
        TerminalLine(text(.transactionKind(record.kind, record.method))),
        TerminalLine(text(.amountShown(fen: record.amountFen)), .amount),
        TerminalLine(text(.voucherShown(record.voucher))),
        TerminalLine(text(.electronicSlip), .hint),
      ], keys: [.confirm, .cancel])
  }
}
