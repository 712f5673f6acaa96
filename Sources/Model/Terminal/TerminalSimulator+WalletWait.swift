extension TerminalSimulator {
  /// "Customer paying" / "enter the password": the terminal asks the host every `poll_seconds` whether the
  /// customer has paid, and cancels the order after `cancel_after_seconds`. Time comes in
  /// as `.tick` (one simulated second each), the customer's password as its own input.
  mutating func handleWalletWait(_ wait: WalletWait, _ input: TerminalInput) -> [TerminalEvent] {
    var wait = wait
    let rule = profile.walletWait
    switch input {
    case .customerEntersPassword:
      wait.customerEntered = true
    case .tick:
      wait.seconds += 1
      if wait.seconds % rule.pollSeconds == 0, wait.customerEntered {
        return approveWalletPayment(wait)
      }
      if wait.seconds >= rule.cancelAfterSeconds {
        return cancelWalletPayment(wait, .walletPasswordTimeout(seconds: wait.seconds))
      }
    case .cancel:
      return cancelWalletPayment(wait, .walletPaymentCancelled)
    case .digit, .point, .confirm, .clear, .function, .arrow, .text, .pickSample, .presentCard:
      break
    }
    state = .walletWait(wait)
    return []
  }

  private mutating func approveWalletPayment(_ wait: WalletWait) -> [TerminalEvent] {
    // The code was stored as used when the order opened (`paymentCodeUsed`): the sale
    // that ends the order does not claim it again.
    let record = approve(
      .sale, method: .scan, amountFen: wait.amount.fen, walletID: wait.walletID,
      walletName: wait.walletName)
    let decision = FaultDecision(
      failure: nil, elapsedMilliseconds: wait.hostMilliseconds + wait.seconds * 1_000,
      surfaced: [])
    return complete(record, decision: decision)
  }

  /// The terminal gives up and cancels the order, so the customer is not charged.
  private mutating func cancelWalletPayment(_ wait: WalletWait, _ failure: TransactionFailure)
    -> [TerminalEvent]
  {
    let decision = FaultDecision(
      failure: failure, elapsedMilliseconds: wait.hostMilliseconds + wait.seconds * 1_000,
      surfaced: [])
    return decline(decision, retryAmount: wait.amount)
  }

  func walletWaitScreen(_ wait: WalletWait) -> TerminalScreen {
    let rule = profile.walletWait
    var lines = [
      TerminalLine(text(.amountShown(fen: wait.amount.fen)), .amount),
      TerminalLine(text(.walletPaying), .prompt),
      TerminalLine(text(.walletPassword), .prompt),
      TerminalLine(
        text(
          .walletWaited(
            seconds: wait.seconds, poll: rule.pollSeconds, cancelAt: rule.cancelAfterSeconds)),
        .hint),
    ]
    lines.append(
      TerminalLine(
        text(wait.customerEntered ? .customerEnteredPassword : .customerPasswordKeyHint), .hint))
    return makeScreen(title: label(.scanSale), lines: lines, keys: [.cancel])
  }
}

extension TerminalSimulator {
  /// Whether the unit is waiting on time passing (it then needs `.tick` inputs).
  public var waitsOnTime: Bool {
    if case .walletWait = state { return true }
    return false
  }
}
