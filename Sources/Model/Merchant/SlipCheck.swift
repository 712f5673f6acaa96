/// A field of the slip that the 跳码 check compares with the registration.
public enum SlipField: String, CaseIterable, Sendable, Codable {
  case acquirer
  case region
  case mcc
  case sequence
  case terminal

  /// The field's name.
  public var label: LocalizedText { SlipCheckTexts.label(self) }
}

/// One field where the slip differs from the registration, in plain words.
public struct SlipMismatch: Equatable, Sendable {
  public let field: SlipField
  /// The registered value (code, or terminal list).
  public let registered: String
  /// The value printed on the slip.
  public let onSlip: String
  /// What differs and what that means.
  public let explanation: LocalizedText
  /// What it can cost the merchant.
  public let risk: LocalizedText
  /// What the cashier should do now.
  public let action: LocalizedText
}

/// The outcome of comparing a slip's merchant (and terminal) number with the registered merchant.
public struct SlipCheckResult: Equatable, Sendable {
  public let registeredNumber: MerchantNumber
  public let slipNumber: MerchantNumber
  public let slipTerminal: TerminalNumber?
  /// Field by field, in slip order; empty when everything matches.
  public let mismatches: [SlipMismatch]
  /// Facts that qualify the result, e.g. the merchant is not in the directory.
  public let notes: [LocalizedText]

  /// True when no field differs: no sign of 跳码.
  public var isMatch: Bool { mismatches.isEmpty }

  /// One sentence for the top of the result.
  public var summary: LocalizedText {
    isMatch
      ? SlipCheckTexts.matchSummary(checkedTerminal: slipTerminal != nil)
      : SlipCheckTexts.mismatchSummary(count: mismatches.count)
  }
}

/// What the slip is compared against: the directory's record, or only the typed number.
public struct SlipRegistration: Equatable, Sendable {
  public let number: MerchantNumber
  /// The directory's record; nil when the merchant is not registered locally.
  public let record: MerchantRecord?

  public init(number: MerchantNumber, record: MerchantRecord?) {
    self.number = number
    self.record = record
  }
}

/// The 跳码 check: compares a slip with the registered merchant field by field.
public enum SlipCheck {
  /// Compares `slip` (and `terminal`, if given) with `registration`.
  /// `slipOwner` and `terminalOwner` are the directory's owners of the slip's numbers, if known.
  public static func compare(
    slip: MerchantNumber, terminal: TerminalNumber?, registration: SlipRegistration,
    slipOwner: MerchantRecord?, terminalOwner: MerchantRecord?, tables: MerchantCodeTables
  ) -> SlipCheckResult {
    let record = registration.record
    let registered = (
      acquirer: registration.number.acquirerCode,
      region: record?.regionCode ?? registration.number.regionCode,
      mcc: record?.mccCode ?? registration.number.mccCode,
      sequence: registration.number.sequence
    )
    var mismatches: [SlipMismatch] = []
    var notes: [LocalizedText] = []

    if slip.acquirerCode != registered.acquirer {
      let names = (
        slip: tables.acquirers[slip.acquirerCode]?.name ?? MerchantTexts.unknownAcquirer,
        registered: tables.acquirers[registered.acquirer]?.name ?? MerchantTexts.unknownAcquirer
      )
      mismatches.append(
        SlipMismatch(
          field: .acquirer, registered: registered.acquirer, onSlip: slip.acquirerCode,
          explanation: SlipCheckTexts.acquirerDiffers(
            slip: slip.acquirerCode, slipName: names.slip, registered: registered.acquirer,
            registeredName: names.registered),
          risk: SlipCheckTexts.acquirerRisk, action: SlipCheckTexts.acquirerAction))
    }
    if slip.regionCode != registered.region {
      mismatches.append(
        SlipMismatch(
          field: .region, registered: registered.region, onSlip: slip.regionCode,
          explanation: SlipCheckTexts.regionDiffers(
            slip: slip.regionCode, slipName: regionName(slip.regionCode, tables),
            registered: registered.region, registeredName: regionName(registered.region, tables)),
          risk: SlipCheckTexts.regionRisk, action: SlipCheckTexts.regionAction))
    }
    if slip.mccCode != registered.mcc {
      mismatches.append(
        SlipMismatch(
          field: .mcc, registered: registered.mcc, onSlip: slip.mccCode,
          explanation: SlipCheckTexts.mccDiffers(
            slip: slip.mccCode, slipName: categoryName(slip.mccCode, tables),
            registered: registered.mcc, registeredName: categoryName(registered.mcc, tables)),
          risk: SlipCheckTexts.mccRisk, action: SlipCheckTexts.mccAction))
    }
    if slip.sequence != registered.sequence {
      mismatches.append(
        SlipMismatch(
          field: .sequence, registered: registered.sequence, onSlip: slip.sequence,
          explanation: SlipCheckTexts.sequenceDiffers(
            slip: slip.sequence, registered: registered.sequence),
          risk: SlipCheckTexts.sequenceRisk, action: SlipCheckTexts.sequenceAction))
    }
    if let owner = slipOwner, owner.number != registration.number {
      notes.append(SlipCheckTexts.slipNumberBelongsTo(owner.name, owner.number.digits))
    }

    if let terminal {
      if let record {
        if !record.owns(terminal) {
          let list = record.terminals.map(\.value).joined(separator: ", ")
          let other = terminalOwner.flatMap { $0.number == record.number ? nil : $0 }
          mismatches.append(
            SlipMismatch(
              field: .terminal, registered: list, onSlip: terminal.value,
              explanation: SlipCheckTexts.terminalNotOwned(
                terminal.value, registeredList: list,
                owner: other.map { ($0.name, $0.number.digits) }
              ),
              risk: SlipCheckTexts.terminalRisk, action: SlipCheckTexts.terminalAction))
        }
      } else {
        notes.append(SlipCheckTexts.terminalUncheckable)
      }
    }
    if record == nil {
      notes.append(SlipCheckTexts.comparedWithTypedNumberOnly)
    }
    return SlipCheckResult(
      registeredNumber: registration.number, slipNumber: slip, slipTerminal: terminal,
      mismatches: mismatches, notes: notes)
  }

  private static func regionName(_ code: String, _ tables: MerchantCodeTables) -> LocalizedText {
    tables.regions.name(of: code)
  }

  private static func categoryName(_ code: String, _ tables: MerchantCodeTables) -> LocalizedText {
    guard let category = tables.categories[code] else { return MerchantTexts.unknownCategory }
    return LocalizedText(zh: category.name(.zh), en: category.name(.en))
  }
}

extension MerchantDirectory {
  /// Runs the 跳码 check for a slip against the merchant registered as `registeredNumber`.
  public func checkSlip(
    _ slip: MerchantNumber, terminal: TerminalNumber?, registeredNumber: MerchantNumber,
    tables: MerchantCodeTables
  ) throws(MerchantDirectoryError) -> SlipCheckResult {
    let record = try merchant(registeredNumber)
    let slipOwner = slip == registeredNumber ? record : try merchant(slip)
    let terminalOwner = try terminal.flatMap { (terminal) throws(MerchantDirectoryError) in
      try merchant(owning: terminal)
    }
    return SlipCheck.compare(
      slip: slip, terminal: terminal,
      registration: SlipRegistration(number: registeredNumber, record: record),
      slipOwner: slipOwner, terminalOwner: terminalOwner, tables: tables)
  }
}
