/// Every sentence the slip check (for code jumping) says, by meaning; the words live in one table per
/// language (`SlipCheckTextZh`, `SlipCheckTextEn`). Names from the code tables are data and
/// come in as `LocalizedText`.
public enum SlipCheckText: TextKey, Equatable {
  case label(SlipField)
  case matchSummary(checkedTerminal: Bool)
  case mismatchSummary(count: Int)
  case acquirerDiffers(
    slip: String, slipName: LocalizedText, registered: String, registeredName: LocalizedText)
  case acquirerRisk
  case acquirerAction
  case regionDiffers(
    slip: String, slipName: LocalizedText, registered: String, registeredName: LocalizedText)
  case regionRisk
  case regionAction
  case mccDiffers(
    slip: String, slipName: LocalizedText, registered: String, registeredName: LocalizedText)
  case mccRisk
  case mccAction
  case sequenceDiffers(slip: String, registered: String)
  case sequenceRisk
  case sequenceAction
  /// The terminal belongs to another merchant of the directory.
  case terminalOwnedByOther(
    terminal: String, registeredList: String, ownerName: String, ownerNumber: String)
  /// The terminal is in no merchant's list of the directory.
  case terminalUnknown(terminal: String, registeredList: String)
  case terminalRisk
  case terminalAction
  case slipNumberBelongsTo(name: String, number: String)
  case terminalUncheckable
  case comparedWithTypedNumberOnly

  public func text(_ language: Language) -> String {
    switch language {
    case .zh: SlipCheckTextZh.text(self)
    case .en: SlipCheckTextEn.text(self)
    }
  }
}
