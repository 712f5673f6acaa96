/// A printed slip (签购单) as lines of text, at most `width` columns each.
public struct Slip: Equatable, Sendable {
  /// The lines, top to bottom.
  public var lines: [String]
  /// A training slip: marked TRAINING at top, middle and bottom.
  public var training: Bool
  /// Columns of the paper.
  public static let width = 32

  /// The slip for an approved transaction.
  static func make(
    record: TransactionRecord, settings: TerminalSettings, clock: TerminalClock,
    language: Language, signed: Bool
  ) -> Slip {
    func text(_ phrase: TerminalPhrase) -> String { phrase.text(language) }
    func field(_ label: TerminalPhrase, _ value: String) -> [String] {
      TextLayout.wrap(text(label) + value, width: width)
    }
    let rule = String(repeating: "-", count: width)
    let trainingMark = text(.slipTrainingMark)
    var head = [text(.slipTitle), rule]
    head += field(.slipMerchantName, settings.merchantName(language))
    head += field(.slipMerchantNumber, settings.merchantNumber)
    head += field(.slipTerminalNumber, settings.terminalNumber)
    head += field(.slipOperator, record.operatorID)
    var body: [String] = []
    body += field(.slipKind, text(.transactionKind(record.kind, record.method)))
    body += field(.slipMethod, methodText(record, language))
    if let card = record.maskedCard { body += field(.slipCard, card) }
    body += field(.slipBatch, record.batch)
    body += field(.slipVoucher, record.voucher)
    body += field(.slipReference, record.reference)
    if let original = record.originalVoucher { body += field(.slipOriginalVoucher, original) }
    if let original = record.originalReference { body += field(.slipOriginalReference, original) }
    body += field(.slipTime, clock.stamp(record.date))
    body += field(.slipAmount, (record.kind == .sale ? "" : "-") + record.yuanText)
    var tail = [rule]
    if record.method != .scan {
      tail.append(text(signed ? .slipSignedElectronically : .slipSignatureLine))
    }
    tail.append(text(.slipAgreement))
    var lines = head
    if record.training {
      lines = [trainingMark] + head + [trainingMark] + body + tail + [trainingMark]
    } else {
      lines = head + body + tail
    }
    return Slip(
      lines: lines.flatMap { TextLayout.wrap($0, width: width) }, training: record.training)
  }

  private static func methodText(_ record: TransactionRecord, _ language: Language) -> String {
    switch record.method {
    case .scan: record.walletName?(language) ?? TerminalPhrase.methodName(.scan).text(language)
    case .swipe, .insert, .tap: TerminalPhrase.methodName(record.method).text(language)
    }
  }
}
