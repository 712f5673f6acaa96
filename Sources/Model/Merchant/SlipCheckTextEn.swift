/// The slip check's words in English.
enum SlipCheckTextEn {
  static func text(_ key: SlipCheckText) -> String {
    switch key {
    case .label(let field): label(field)
    case .matchSummary(let checkedTerminal):
      checkedTerminal
        ? "The slip matches the registration (acquirer, region, category, sequence, "
          + "terminal): no sign of 跳码 (code jumping)."
        : "The slip matches the registration (acquirer, region, category, sequence): "
          + "no sign of 跳码 (code jumping)."
    case .mismatchSummary(let count):
      "\(count) field(s) differ from the registration, a possible 跳码 (code jumping): "
        + "read each one and do what it says."
    case .acquirerDiffers(let slip, let slipName, let registered, let registeredName):
      "Different acquirer: the slip says \(slip) (\(slipName.en)), the registration "
        + "\(registered) (\(registeredName.en)). The sale went through another payment "
        + "company's channel."
    case .acquirerRisk:
      "The money may settle to another account, under another company's fees and support; "
        + "this is a typical sign of code jumping or a swapped terminal and can trigger risk "
        + "controls and frozen funds."
    case .acquirerAction:
      "Stop taking payments on the terminal that printed this slip, keep the slip, and call "
        + "95016 with both merchant numbers."
    case .regionDiffers(let slip, let slipName, let registered, let registeredName):
      "Different region: the slip's region code is \(slip) (\(slipName.en)), the "
        + "registration's \(registered) (\(registeredName.en)). The sale was reported as made "
        + "somewhere else."
    case .regionRisk:
      "Sales reported from another region are picked up by risk controls: limits, scanning "
        + "suspended or settlement frozen."
    case .regionAction:
      "Keep the slip and call 95016 to check which region the terminal is bound to; let no "
        + "one \"tune\" the terminal or change its parameters."
    case .mccDiffers(let slip, let slipName, let registered, let registeredName):
      "Different category (MCC): the slip says \(slip) (\(slipName.en)), the registration "
        + "\(registered) (\(registeredName.en)). The sale was sent as another trade: this is "
        + "code jumping."
    case .mccRisk:
      "The fee no longer matches the registered trade and counts as a breach: penalties, "
        + "frozen settlement, even a closed merchant account."
    case .mccAction:
      "Stop using the terminal that printed this slip, keep the slip, and call 95016 with "
        + "the merchant and terminal numbers to have it checked; refuse any \"lower fee\" tuning."
    case .sequenceDiffers(let slip, let registered):
      "Different sequence: the slip says \(slip), the registration \(registered). This is "
        + "another merchant's number."
    case .sequenceRisk:
      "The money goes to another merchant's account and the store's books will not add up."
    case .sequenceAction:
      "Check the merchant number set in the terminal (Management → parameters), keep the "
        + "slip, and call 95016 to find out whose number it is."
    case .terminalOwnedByOther(let terminal, let list, let name, let number):
      "Terminal \(terminal) is not this merchant's (registered: \(listed(list))); the "
        + "directory has it under \"\(name)\" (\(number))."
    case .terminalUnknown(let terminal, let list):
      "Terminal \(terminal) is not among this merchant's terminals (registered: "
        + "\(listed(list))) and the directory does not know it."
    case .terminalRisk:
      "A terminal printing another merchant's number or name is a sign of code jumping or "
        + "a swapped terminal; the money may go to someone else."
    case .terminalAction:
      "Compare the terminal number on the back of the device with the slip, keep the slip, "
        + "and call 95016 with the terminal number."
    case .slipNumberBelongsTo(let name, let number):
      "The slip's merchant number \(number) belongs to \"\(name)\" in the directory."
    case .terminalUncheckable:
      "The merchant is not in the local directory, so the terminal cannot be checked."
    case .comparedWithTypedNumberOnly:
      "The merchant is not in the local directory: compared with the typed number only."
    }
  }

  private static func listed(_ list: String) -> String { list.isEmpty ? "none" : list }

  private static func label(_ field: SlipField) -> String {
    switch field {
    case .acquirer: "acquirer"
    case .region: "region"
    case .mcc: "category (MCC)"
    case .sequence: "sequence"
    case .terminal: "terminal"
    }
  }
}
