/// A step of the escalation path, in the order the cashier takes them.
public enum EscalationStep: String, CaseIterable, Sendable, Codable {
  case restart
  case rerunFailedChecks = "rerun-failed-checks"
  case takePaymentAnotherWay = "take-payment-another-way"
  case callCustomerService = "call-customer-service"
  case afterSalesRepair = "after-sales-repair"
  case backUpBeforeReset = "back-up-before-reset"

  /// The step as a short instruction.
  public var title: CaseHandOffText { .stepTitle(self) }
  /// Why and how, in one or two sentences.
  public var detail: CaseHandOffText { .stepDetail(self) }
}

/// The escalation steps for one case, each ticked when the self-check already covered it.
public struct EscalationPlan: Equatable, Sendable {
  /// One step of the plan.
  public struct Item: Equatable, Sendable {
    public let step: EscalationStep
    /// True when the self-check already did this step.
    public let covered: Bool
  }

  public let items: [Item]

  /// The plan: every step, except after-sales repair unless the hardware is at fault, and the
  /// other payment way unless only scanning is down and the merchant may still take cards.
  public init(
    covered: Set<EscalationStep>, hardwareAtFault: Bool, onlyScanningDown: Bool,
    merchantStatus: MerchantStatus? = nil
  ) {
    let cardPossible = onlyScanningDown && (merchantStatus?.allowsCard ?? true)
    items = EscalationStep.allCases.compactMap { step in
      switch step {
      case .afterSalesRepair where !hardwareAtFault: nil
      case .takePaymentAnotherWay where !cardPossible: nil
      default: Item(step: step, covered: covered.contains(step))
      }
    }
  }
}
