/// What the latest self-check already did and found, as the escalation path needs it.
///
/// Read from the session's `GuideReport`: a restart step on the path ticks "restart", a
/// check answered after the restart ticks "re-run the checks", a backup step ticks the
/// backup; a broken camera or device puts after-sales repair on the plan; a network,
/// server or whole-device cause means card payments are down too, so no card fallback.
public struct EscalationCoverage: Equatable, Sendable {
  public var covered: Set<EscalationStep>
  public var hardwareAtFault: Bool
  public var onlyScanningDown: Bool

  public init(
    covered: Set<EscalationStep> = [], hardwareAtFault: Bool = false,
    onlyScanningDown: Bool = true
  ) {
    self.covered = covered
    self.hardwareAtFault = hardwareAtFault
    self.onlyScanningDown = onlyScanningDown
  }

  /// Verdicts (stable IDs in guides/) that put the hardware at fault.
  static let hardwareVerdicts: Set<String> = ["verdict.camera-broken", "verdict.device-fault"]
  /// Verdicts after which a card payment will not go through either.
  static let cardDownVerdicts: Set<String> = [
    "verdict.device-fault", "verdict.card-permission-off",
  ]

  /// The coverage of a self-check; `nil` (no self-check yet) covers nothing.
  public init(report: GuideReport?) {
    guard let report else {
      self.init()
      return
    }
    func finding(_ topic: GuideTopic) -> GuideReport.Finding? {
      report.findings.first { $0.topic == topic.rawValue }
    }
    func wasChecked(_ topic: GuideTopic) -> Bool {
      (finding(topic)?.status ?? .notChecked) != .notChecked
    }
    func hasProblem(_ topic: GuideTopic) -> Bool { finding(topic)?.status == .problemFound }

    var covered: Set<EscalationStep> = []
    if wasChecked(.restart) { covered.insert(.restart) }
    // Each restart step of the guide asks "restart, then try again: does it work?", so an
    // answered restart step is the re-run as well.
    if wasChecked(.restart) { covered.insert(.rerunFailedChecks) }
    if wasChecked(.backupBeforeReset) { covered.insert(.backUpBeforeReset) }
    let verdict = report.verdict?.id ?? ""
    self.init(
      covered: covered,
      hardwareAtFault: Self.hardwareVerdicts.contains(verdict) || hasProblem(.cameraHardware),
      onlyScanningDown:
        !(hasProblem(.network) || hasProblem(.serverMaintenance)
        || Self.cardDownVerdicts.contains(verdict)))
  }
}

extension EscalationPlan {
  /// The plan for a case whose self-check found `coverage`.
  public init(coverage: EscalationCoverage, merchantStatus: MerchantStatus? = nil) {
    self.init(
      covered: coverage.covered, hardwareAtFault: coverage.hardwareAtFault,
      onlyScanningDown: coverage.onlyScanningDown, merchantStatus: merchantStatus)
  }
}
