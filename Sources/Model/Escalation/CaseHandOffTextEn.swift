/// The case hand-off's words in English.
enum CaseHandOffTextEn {
  static func text(_ key: CaseHandOffText) -> String {
    switch key {
    case .stepTitle(let step): stepTitle(step)
    case .stepDetail(let step): stepDetail(step)
    case .title:
      "Case summary for customer service"
    case .callLine:
      "Customer service 95016: have the details below ready before you call."
    case .merchantNumber:
      "Merchant number: "
    case .merchantName:
      "Merchant: "
    case .status:
      "Merchant status: "
    case .terminal:
      "Terminal number: "
    case .serial:
      "Serial number: "
    case .firmware:
      "Firmware version: "
    case .problem:
      "Problem: "
    case .cause:
      "Self-check found: "
    case .checksDone:
      "Checks done: "
    case .slipCheck:
      "Slip check (跳码): "
    case .agentWillAsk:
      "The agent will usually ask:"
    case .stepsTitle:
      "Steps (✓ done):"
    case .notKnown:
      "(unknown: see Management on the terminal)"
    case .notInDirectory:
      "(not in the local merchant directory)"
    case .noChecks:
      "none"
    case .noSelfCheck:
      "Scan payments fail (no self-check done yet)"
    case .questionList:
      "The merchant, terminal and serial numbers|When it started, and whether every sale "
        + "and every kind of payment code fails|The message or response code on the screen "
        + "(e.g. 58)|Whether you restarted, and whether the network signal is good|The firmware "
        + "version, and whether it was updated recently"
    case .colon: ": "
    case .saveFailed(let path, let reason):
      "Cannot save the case summary to \(path): \(reason). Check that the data directory is "
        + "writable and the disk has room."
    }
  }

  private static func stepTitle(_ step: EscalationStep) -> String {
    switch step {
    case .restart:
      "Restart the terminal"
    case .rerunFailedChecks:
      "Re-run the checks that failed"
    case .takePaymentAnotherWay:
      "Meanwhile take the payment by card or tap"
    case .callCustomerService:
      "Call customer service 95016"
    case .afterSalesRepair:
      "Have it repaired or replaced by official after-sales"
    case .backUpBeforeReset:
      "Back up transaction records before any factory reset"
    }
  }

  private static func stepDetail(_ step: EscalationStep) -> String {
    switch step {
    case .restart:
      "Hold the power key to switch off, wait 10 seconds, switch on, sign in and try again."
    case .rerunFailedChecks:
      "After the restart, repeat the checks that failed to see whether the problem remains."
    case .takePaymentAnotherWay:
      "While scanning is down, ask the customer to swipe, insert or tap a card."
    case .callCustomerService:
      "Have the merchant number, terminal number, serial number and firmware version "
        + "ready, and answer from the case summary."
    case .afterSalesRepair:
      "A damaged or aged camera or scan head is repaired or replaced by official "
        + "after-sales only; do not open the device."
    case .backUpBeforeReset:
      "A factory reset erases the terminal's transaction records: settle and back them "
        + "up first."
    }
  }
}
