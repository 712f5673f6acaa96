/// How keys build an amount in one entry mode: fen-shift (digits shift in from the right,
/// `1250` is 12.50, no decimal key) or decimal (yuan typed with a point, `12.50`).
struct AmountKeying {
  let mode: AmountEntryMode

  /// The typed text after `input`.
  func apply(_ input: TerminalInput, to text: String) -> String {
    switch mode {
    case .fenShift:
      if input == .point { return text }
      let edited = FieldEdit.apply(input, to: text, capacity: AmountEntry.capacity) ?? text
      // Leading zeros add nothing: the display starts at 0.00 either way.
      return String(edited.drop { $0 == "0" })
    case .decimal:
      if input == .point { return text.count < AmountEntry.capacity ? text + "." : text }
      return FieldEdit.apply(
        input, to: text, capacity: AmountEntry.capacity,
        allowed: { $0.isASCIIDigit || $0 == "." }) ?? text
    }
  }

  /// What the amount field shows: fen-shift always shows yuan with two decimals.
  func display(_ text: String) -> String {
    switch mode {
    case .fenShift: Amount.yuanText(fen: Int(text) ?? 0)
    case .decimal: text
    }
  }

  /// The amount typed, within 0.01 and `maximumFen`.
  func amount(_ text: String, maximumFen: Int) throws(AmountError) -> Amount {
    let amount: Amount
    switch mode {
    case .fenShift:
      guard !text.isEmpty, let fen = Int(text) else { throw .empty }
      if fen == 0 { throw .zero }
      guard let parsed = Amount(fen: fen) else { throw .overMaximum }
      amount = parsed
    case .decimal:
      amount = try Amount.parse(text)
    }
    if amount.fen > maximumFen { throw .overMaximum }
    return amount
  }
}
