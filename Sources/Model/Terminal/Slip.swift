/// An electronic slip as lines of text, at most `width` columns each: the
/// e-signature unit has no printer, so the slip is shown on screen (or fetched by QR).
public struct Slip: Equatable, Sendable {
  /// The lines, top to bottom.
  public var lines: [String]
  /// A training slip: marked TRAINING at top, middle and bottom.
  public var training: Bool
  /// Columns of the slip.
  public static let width = 32

  /// The slip for an approved transaction, its fields in the profile's order.
  static func make(
    record: TransactionRecord, profile: TerminalProfile, settings: TerminalSettings,
    clock: TerminalClock, language: Language, signed: Bool, reprint: Bool = false
  ) -> Slip {
    let values = SlipValues(
      record: record, profile: profile, settings: settings, clock: clock, language: language)
    let separator = TerminalPhrase.slipFieldSeparator.text(language)
    let rule = String(repeating: "-", count: width)
    var fields: [String] = []
    for field in profile.slipFields {
      guard let value = values.value(field.id) else { continue }
      fields.append(field.label(language) + separator + value)
    }
    // The merchant's identity heads the slip; the middle training mark goes after it.
    let headCount = profile.slipFields.prefix { $0.id.isMerchantIdentity }.count
    let head = Array(fields.prefix(headCount))
    let body = Array(fields.dropFirst(headCount))
    var tail = [rule]
    if record.needsSignature(profile) {
      tail.append(TerminalPhrase.slipSignatureLine.text(language))
      if signed { tail[tail.count - 1] = TerminalPhrase.slipSignedElectronically.text(language) }
    }
    // The cardholder's clause charges "this card": a scan sale has no card to charge.
    if record.method != .scan { tail.append(TerminalPhrase.slipAgreement.text(language)) }
    // A slip shown again is a copy, marked as a reprint is, so it is not taken as a new sale.
    let reprintMark = reprint ? [TerminalPhrase.slipReprintMark.text(language)] : []
    let title = [profile.text(.slipTitle, language)] + reprintMark + [rule]
    let mark = TerminalPhrase.slipTrainingMark.text(language)
    let lines =
      record.training
      ? [mark] + title + head + [mark] + body + tail + [mark] : title + head + body + tail
    return Slip(
      lines: lines.flatMap { TextLayout.wrap($0, width: width) }, training: record.training)
  }
}

extension SlipFieldID {
  /// Fields naming the merchant and terminal, printed at the top.
  var isMerchantIdentity: Bool {
    switch self {
    case .merchantName, .merchantNumber, .terminalNumber, .operator: true
    default: false
    }
  }
}

/// The value each slip field prints for one record; nil leaves the field out.
struct SlipValues {
  let record: TransactionRecord
  let profile: TerminalProfile
  let settings: TerminalSettings
  let clock: TerminalClock
  let language: Language

  /// The card the record was paid with is the profile's test card.
  private var isTestCard: Bool { record.maskedCard?.hasPrefix(profile.card.bin) == true }

  func value(_ field: SlipFieldID) -> String? {
    switch field {
    case .merchantName: return settings.merchantName(language)
    case .merchantNumber: return settings.merchantNumber
    case .terminalNumber: return settings.terminalNumber
    case .operator: return record.operatorID
    case .acquirer: return profile.acquirer(language)
    case .issuer: return isTestCard ? profile.card.issuer(language) : nil
    case .cardNumber: return record.maskedCard
    case .kind: return TerminalPhrase.transactionKind(record.kind, record.method).text(language)
    case .method: return methodText
    case .expiry:
      guard isTestCard else { return nil }
      // YYMM as a UnionPay slip prints it, year in full: 2912 is 2029/12 ("29/12" reads
      // as a day and month).
      return "20\(profile.card.expiry.prefix(2))/\(profile.card.expiry.suffix(2))"
    case .batch: return record.batch
    case .voucher: return record.voucher
    case .authCode: return record.method == .scan ? nil : record.authorisationCode
    case .reference: return record.reference
    case .dateTime: return clock.stamp(record.date)
    case .amount: return "RMB " + (record.kind == .sale ? "" : "-") + record.yuanText
    case .remark: return remark
    }
  }

  private var methodText: String {
    switch record.method {
    case .scan:
      record.walletName?(language) ?? TerminalPhrase.methodName(.scan).text(language)
    case .swipe, .insert, .tap: TerminalPhrase.methodName(record.method).text(language)
    }
  }

  /// Remarks: the original's numbers for a void or refund; no PIN, no signature for small contactless.
  private var remark: String? {
    var parts: [String] = []
    if let voucher = record.originalVoucher {
      parts.append(TerminalPhrase.slipOriginalVoucher.text(language) + voucher)
    }
    if let reference = record.originalReference {
      parts.append(TerminalPhrase.slipOriginalReference.text(language) + reference)
    }
    if record.kind == .sale, record.isSmallContactless(profile) {
      parts.append(TerminalPhrase.contactlessNoPINNoSignature.text(language))
    }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }
}

extension TransactionRecord {
  /// Authorisation code: six digits the issuer returns; derived from the reference so a slip shown
  /// again prints the same code.
  var authorisationCode: String {
    let digits = reference.compactMap(\.wholeNumberValue)
    let mixed = digits.reduce(7) { ($0 * 31 + $1) % 1_000_000 }
    return zeroPadded(mixed, width: 6)
  }
}
