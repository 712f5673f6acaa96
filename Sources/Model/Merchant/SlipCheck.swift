/// A field of the slip that the code-jumping check compares with the registration.
public enum SlipField: String, CaseIterable, Sendable, Codable {
  case acquirer
  case region
  case mcc
  case sequence
  case terminal

  /// The field's name.
  public var label: SlipCheckText { .label(self) }
}

/// One field where the slip differs from the registration, in plain words.
public struct SlipMismatch: Equatable, Sendable {
  public let field: SlipField
  /// The registered value (code, or terminal list).
  public let registered: String
  /// The value printed on the slip.
  public let onSlip: String
  /// What differs and what that means.
  public let explanation: SlipCheckText
  /// What it can cost the merchant.
  public let risk: SlipCheckText
  /// What the cashier should do now.
  public let action: SlipCheckText
}

/// The outcome of comparing a slip's merchant (and terminal) number with the registered merchant.
public struct SlipCheckResult: Equatable, Sendable {
  public let registeredNumber: MerchantNumber
  public let slipNumber: MerchantNumber
  public let slipTerminal: TerminalNumber?
  /// Field by field, in slip order; empty when everything matches.
  public let mismatches: [SlipMismatch]
  /// Facts that qualify the result, e.g. the merchant is not in the directory.
  public let notes: [SlipCheckText]

  /// True when no field differs: no sign of code-jumping.
  public var isMatch: Bool { mismatches.isEmpty }

  /// One sentence for the top of the result.
  public var summary: SlipCheckText {
    isMatch
      ? SlipCheckText.matchSummary(checkedTerminal: slipTerminal != nil)
      : SlipCheckText.mismatchSummary(count: mismatches.count)
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

/// The code-jumping check: compares a slip with the registered merchant field by field.
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
    var notes: [SlipCheckText] = []

    if slip.acquirerCode != registered.acquirer {
      let names = (
        slip: tables.acquirers[slip.acquirerCode]?.name
          ?? LocalizedText(MerchantText.unknownAcquirer),
        registered: tables.acquirers[registered.acquirer]?.name
          ?? LocalizedText(MerchantText.unknownAcquirer)
      )
      mismatches.append(
        SlipMismatch(
          field: .acquirer, registered: registered.acquirer, onSlip: slip.acquirerCode,
          explanation: .acquirerDiffers(
            slip: slip.acquirerCode, slipName: names.slip, registered: registered.acquirer,
            registeredName: names.registered),
          risk: .acquirerRisk, action: .acquirerAction))
    }
    if slip.regionCode != registered.region {
      mismatches.append(
        SlipMismatch(
          field: .region, registered: registered.region, onSlip: slip.regionCode,
          explanation: .regionDiffers(
            slip: slip.regionCode, slipName: regionName(slip.regionCode, tables),
            registered: registered.region, registeredName: regionName(registered.region, tables)),
          risk: .regionRisk, action: .regionAction))
    }
    if slip.mccCode != registered.mcc {
      mismatches.append(
        SlipMismatch(
          field: .mcc, registered: registered.mcc, onSlip: slip.mccCode,
          explanation: .mccDiffers(
            slip: slip.mccCode, slipName: categoryName(slip.mccCode, tables),
            registered: registered.mcc, registeredName: categoryName(registered.mcc, tables)),
          risk: .mccRisk, action: .mccAction))
    }
    if slip.sequence != registered.sequence {
      mismatches.append(
        SlipMismatch(
          field: .sequence, registered: registered.sequence, onSlip: slip.sequence,
          explanation: .sequenceDiffers(
            slip: slip.sequence, registered: registered.sequence),
          risk: .sequenceRisk, action: .sequenceAction))
    }
    if let owner = slipOwner, owner.number != registration.number {
      notes.append(.slipNumberBelongsTo(name: owner.name, number: owner.number.digits))
    }

    if let terminal {
      if let record {
        if !record.owns(terminal) {
          let list = record.terminals.map(\.value).joined(separator: ", ")
          let other = terminalOwner.flatMap { $0.number == record.number ? nil : $0 }
          mismatches.append(
            SlipMismatch(
              field: .terminal, registered: list, onSlip: terminal.value,
              explanation: other.map {
                .terminalOwnedByOther(
                  terminal: terminal.value, registeredList: list, ownerName: $0.name,
                  ownerNumber: $0.number.digits)
              } ?? .terminalUnknown(terminal: terminal.value, registeredList: list),
              risk: .terminalRisk, action: .terminalAction))
        }
      } else {
        notes.append(.terminalUncheckable)
      }
    }
    if record == nil {
      notes.append(.comparedWithTypedNumberOnly)
    }
    return SlipCheckResult(
      registeredNumber: registration.number, slipNumber: slip, slipTerminal: terminal,
      mismatches: mismatches, notes: notes)
  }

  private static func regionName(_ code: String, _ tables: MerchantCodeTables) -> LocalizedText {
    tables.regions.name(of: code)
  }

  private static func categoryName(_ code: String, _ tables: MerchantCodeTables) -> LocalizedText {
    guard let category = tables.categories[code] else {
      return LocalizedText(MerchantText.unknownCategory)
    }
    return .data(zh: category.name(.zh), en: category.name(.en))
  }
}

extension MerchantDirectory {
  /// Runs the code-jumping check for a slip against the merchant registered as `registeredNumber`.
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
