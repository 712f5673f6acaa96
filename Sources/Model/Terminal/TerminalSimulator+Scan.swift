extension TerminalSimulator {
  /// Longest typed or pasted code kept; one more than the classifier examines, so a
  /// flood is still reported as too long rather than silently cut.
  static let codeCapacity = PaymentCodeTable.maximumCodeLength + 1

  /// "Show the payment code": a scanner types the code (and Enter), or the camera scans a sample.
  mutating func handleAwaitingCode(_ amount: Amount, _ typed: String, _ input: TerminalInput)
    -> [TerminalEvent]
  {
    switch input {
    case .digit, .clear:
      let edited =
        FieldEdit.apply(input, to: typed, capacity: Self.codeCapacity, allowed: { _ in true })
      state = .awaitingCode(amount: amount, typed: edited ?? typed)
    case .text(let pasted):
      var body = pasted
      var submit = false
      while let last = body.last, last.isNewline {
        body.removeLast()
        submit = true
      }
      let code = String((typed + body).prefix(Self.codeCapacity))
      if submit { return submitCode(amount, code, camera: .none, typed: true) }
      state = .awaitingCode(amount: amount, typed: code)
    case .confirm:
      guard !typed.isEmpty else {
        show(.scanOrTypeCode, .hint)
        return []
      }
      return submitCode(amount, typed, camera: .none, typed: true)
    case .function:
      state = .samplePicker(amount: amount, selected: 0)
    case .pickSample(let index):
      return scanSample(amount, index)
    case .cancel:
      state = .menu(profile.startMenu)
    case .point, .arrow, .presentCard, .tick, .customerEntersPassword:
      break
    }
    return []
  }

  /// The list of sample codes the cashier can hold up to the camera.
  mutating func handlePicker(_ amount: Amount, _ selected: Int, _ input: TerminalInput)
    -> [TerminalEvent]
  {
    let count = codes.samples.count
    switch input {
    case .arrow(.up):
      state = .samplePicker(amount: amount, selected: max(0, selected - 1))
    case .arrow(.down):
      state = .samplePicker(amount: amount, selected: min(max(0, count - 1), selected + 1))
    case .digit(let value):
      guard value >= 1, value <= count else { return [] }
      return scanSample(amount, value - 1)
    case .confirm:
      return scanSample(amount, selected)
    case .pickSample(let index):
      return scanSample(amount, index)
    case .cancel, .function:
      state = .awaitingCode(amount: amount, typed: "")
    case .arrow(.left), .arrow(.right), .point, .clear, .text, .presentCard, .tick,
      .customerEntersPassword:
      break
    }
    return []
  }

  private mutating func scanSample(_ amount: Amount, _ index: Int) -> [TerminalEvent] {
    guard codes.samples.indices.contains(index) else {
      show(.noSuchSample)
      state = .awaitingCode(amount: amount, typed: "")
      return []
    }
    let camera = ShopRules.cameraScan(shop, rng: &rng)
    // A sample stands for the customer's app, which shows a fresh code every time.
    return submitCode(amount, codes.samples[index].content, camera: camera, typed: false)
  }

  /// Checks the code, then asks the host; `camera` is how the camera scan went. A `typed`
  /// code (a scanner's) is one real code: the host takes it once.
  private mutating func submitCode(
    _ amount: Amount, _ code: String, camera: FaultDecision, typed: Bool
  ) -> [TerminalEvent] {
    let classification = codes.classify(code)
    let checked = camera.then {
      ShopRules.codeCheck(classification, shop: shop)
    }
    var decision = checked.then { askHost(.scanSale, amountFen: amount.fen) }
    // The host knows every code it has taken: a used one is answered with an error, as a
    // real host does (the customer must refresh the code).
    // Spaces or a line break around a code do not make it another one.
    let used = classification.code
    if decision.failure == nil, typed, ledger.usedCodes.contains(used) {
      decision = FaultDecision(
        failure: .codeExpired, elapsedMilliseconds: decision.elapsedMilliseconds, surfaced: [])
    }
    guard decision.failure == nil else { return decline(decision, retryAmount: amount) }
    if amount.fen > profile.walletWait.passwordAboveFen {
      // The wallet answers "user paying": the customer must enter the password. The order
      // exists from here on, so the code is used however it ends.
      if typed { ledger.usedCodes.insert(used) }
      state = .walletWait(
        WalletWait(
          amount: amount, walletID: classification.rule?.id,
          walletName: classification.rule?.wallet,
          hostMilliseconds: decision.elapsedMilliseconds))
      return decision.surfaced.map(TerminalEvent.faultSurfaced)
        + (typed ? [.paymentCodeUsed(used)] : [])
    }
    var record = approve(
      .sale, method: .scan, amountFen: amount.fen, walletID: classification.rule?.id,
      walletName: classification.rule?.wallet)
    record.paymentCode = typed ? used : nil
    return complete(record, decision: decision)
  }

  func awaitingCodeScreen(_ amount: Amount, _ typed: String) -> TerminalScreen {
    var lines = [
      TerminalLine(text(.amountShown(fen: amount.fen)), .amount),
      TerminalLine(text(.showPaymentCode), .prompt),
    ]
    if !shop.cameraWorks {
      lines.append(TerminalLine(text(.cameraCannotStart), .error))
    } else {
      lines.append(TerminalLine(text(.cameraOn), .hint))
    }
    lines.append(TerminalLine(text(.scanCodeHint), .hint))
    let field = TerminalField(
      label: text(.codeLabel), display: TextLayout.truncate(typed, to: 24), masked: false,
      capacity: 24)
    return makeScreen(
      title: label(.scanSale), lines: lines, field: field,
      keys: [.confirm, .cancel, .clear, .function])
  }

  func samplePickerScreen(_ selected: Int) -> TerminalScreen {
    var lines = [TerminalLine(text(.pickSamplePrompt), .prompt)]
    for (index, sample) in codes.samples.enumerated() {
      let marker = index == selected ? "> " : "  "
      lines.append(TerminalLine("\(marker)\(index + 1) \(sample.label(language))"))
    }
    return makeScreen(
      title: text(.cameraTitle), lines: lines, keys: [.digits, .arrows, .confirm, .cancel])
  }
}
