/// Every text of the merchant directory and its lookup, by meaning; the words live in one
/// table per language (`MerchantTextZh`, `MerchantTextEn`). Names read from the code
/// tables are data and come in as `LocalizedText`.
public enum MerchantText: TextKey, Equatable {
  // Names the tables lack
  case unknownAcquirer
  case unknownRegion
  /// An unlisted region code, named by the city it probably lies near.
  case nearRegion(LocalizedText)
  case unknownCategory
  /// Put before the ISO block's name of an unlisted category code.
  case unlistedCategory
  case uncertain
  case expectedAcquirer
  // A merchant's record
  case statusLabel(MerchantStatus)
  case statusMeaningForScanning(MerchantStatus)
  case methodLabel(MerchantPaymentMethod)
  // The lookup report
  case lookupLabel(MerchantLookupLabel)
  case listSeparator
  case scanNotEnabled
  case notInDirectory
  case malformedTitle(MerchantLookupInput)
  case registeredVersusSlip(registered: String, slip: String)
  // Typed numbers refused
  case merchantNumberRefused(MerchantNumberError)
  case terminalNumberRefused(TerminalNumberError)
  // The directory's own failures
  case directoryFailed(MerchantDirectoryError)

  public func text(_ language: Language) -> String {
    switch language {
    case .zh: MerchantTextZh.text(self)
    case .en: MerchantTextEn.text(self)
    }
  }
}

/// The labels of the lookup report's rows.
public enum MerchantLookupLabel: Sendable, Equatable {
  case number
  case acquirer
  case region
  case category
  case sequence
  case directoryName
  case registeredCodes
  case terminals
  case terminal
  case methods
  case status
  case scanning
  case slipTitle
  case risk
  case action
  case note
}

extension Acquirer {
  /// The name with "(uncertain)" added when the table marks it so.
  public func displayName(_ language: Language) -> String {
    name(language) + (certain ? "" : MerchantText.uncertain(language))
  }
}
