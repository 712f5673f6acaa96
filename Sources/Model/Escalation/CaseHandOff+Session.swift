import Foundation

extension CaseHandOff {
  /// The case summary for the store described by `settings`, filled from the latest self-check
  /// `report` (nil when none was done) and the directory's record of the store's merchant.
  ///
  /// A stored number that does not parse is left out (the summary then says "unknown"), since
  /// the agent must not be read a wrong number. The firmware is the version the unit reports
  /// under `faults` (the same rule as `TerminalSimulator.reportedFirmware`), since that is what
  /// the cashier reads out.
  public init(
    settings: TerminalSettings, faults: Set<ScanFault> = [], terminalSerial: String?,
    report: GuideReport?,
    merchant: MerchantRecord?, slipCheck: SlipCheckResult? = nil, createdAt: Date
  ) {
    self.init(
      merchantNumber: try? MerchantNumber(parsing: settings.merchantNumber),
      terminal: try? TerminalNumber(parsing: settings.terminalNumber),
      terminalSerial: terminalSerial,
      firmwareVersion: faults.contains(.firmwareOld)
        ? settings.outdatedFirmwareVersion : settings.firmwareVersion,
      merchant: merchant,
      problem: report?.symptomTitle ?? LocalizedText(CaseHandOffText.noSelfCheck),
      checks: report?.checks.map { Check(step: $0.step, answer: $0.answer) } ?? [],
      cause: report?.verdict?.title, slipCheck: slipCheck,
      plan: EscalationPlan(
        coverage: EscalationCoverage(report: report), merchantStatus: merchant?.status),
      createdAt: createdAt)
  }
}
