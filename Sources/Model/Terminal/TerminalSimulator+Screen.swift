extension TerminalSimulator {
  /// What the display shows now, in `language`.
  public var screen: TerminalScreen {
    var screen: TerminalScreen
    switch state {
    case .signIn(let entry): screen = signInScreen(entry)
    case .menu(let id): screen = menuScreen(id)
    case .amountEntry(let entry): screen = amountScreen(entry)
    case .awaitingCode(let amount, let typed): screen = awaitingCodeScreen(amount, typed)
    case .samplePicker(_, let selected): screen = samplePickerScreen(selected)
    case .awaitingCard(let amount, let purpose): screen = awaitingCardScreen(amount, purpose)
    case .pinEntry(let amount, _, let pin): screen = pinScreen(amount, pin)
    case .signature(let record, let pad): screen = signatureScreen(record, pad)
    case .supervisor(let flow, let password): screen = supervisorScreen(flow, password)
    case .voucherEntry(let voucher): screen = voucherScreen(voucher)
    case .voidConfirm(let sale): screen = voidConfirmScreen(sale)
    case .walletWait(let wait): screen = walletWaitScreen(wait)
    case .transactionList(let selected): screen = transactionListScreen(selected)
    case .slipView(let record): screen = slipViewScreen(record)
    case .referenceEntry(let reference): screen = referenceScreen(reference)
    case .originalDateEntry(let reference, let date): screen = originalDateScreen(reference, date)
    case .refundConfirm(let original, let amount): screen = refundConfirmScreen(original, amount)
    case .settlementReview(let summary, let forced):
      screen = settlementScreen(summary, forced: forced)
    case .management(let page): screen = managementScreen(page)
    case .result(let result): screen = resultScreen(result)
    case .recording(let entry): screen = recordingScreen(entry)
    }
    if let notice {
      screen.lines.append(TerminalLine(text(notice.phrase), notice.emphasis))
    }
    return screen
  }

  /// A screen in the display language with the legend for `keys`.
  func makeScreen(
    title: String, lines: [TerminalLine], field: TerminalField? = nil,
    signature: SignaturePad? = nil, keys: [TerminalKey]
  ) -> TerminalScreen {
    var titleText = title
    if training { titleText = text(.trainingTag) + " " + titleText }
    return TerminalScreen(
      title: titleText, lines: lines, field: field, signature: signature,
      softKeys: keys.map { SoftKey(key: $0, label: text(.keyLabel($0))) }, training: training)
  }

  /// A secret shown as one `*` per character.
  func mask(_ secret: String) -> String { String(repeating: "*", count: secret.count) }
}
