import Foundation

/// Training mode while it is on: who is training, the run under way (if any), the shop the
/// simulated unit stands in, and what the trainee has done there.
public struct TrainingMode: Sendable {
  /// The trainee's name or ID, once the trainer has typed it.
  public var trainee = ""
  /// The scenario being run; nil in free practice or between runs.
  public var scenario: TrainingScenario?
  /// When the current run started (from the effect runner's clock).
  public var started: Date?
  /// Hints shown in the current run.
  public var hintsUsed = 0
  /// Terminal keys, counter actions and self-check answers in the current run.
  public var steps = 0
  /// Faults staged in the simulated shop: the scenario's, or chosen for free practice.
  public var faults: Set<ScanFault> = []
  /// Scenarios left in a random series, after the current one.
  public var series: [String] = []
  /// The shop as the trainee has changed it (wiped, moved, restarted…); nil until then.
  public var changedShop: ShopState?
  /// What the trainee did at the counter this run, and the harm found in it.
  public var actions = TrainingActionLog()
  /// Right causes declared so far in a scenario with several.
  public var declared: [String] = []

  public init(trainee: String = "", scenario: TrainingScenario? = nil, faults: Set<ScanFault> = [])
  {
    self.trainee = trainee
    self.scenario = scenario
    self.faults = faults
  }

  /// The shop as staged: the customer presenting the scenario's code or card, faults on.
  public var stagedShop: ShopState {
    var shop = ShopState()
    if let scenario { shop = shop.presenting(scenario.presents) }
    return shop.with(faults: faults)
  }

  /// The shop the simulated unit stands in now.
  public var shop: ShopState {
    get { changedShop ?? stagedShop }
    set { changedShop = newValue }
  }

  /// Harmful actions seen in the current run.
  public var harmful: Set<HarmfulAction> { actions.harmful }

  /// The trainee does `action` at the counter: the shop changes and the log judges it.
  /// (The key that did it counts as the step.)
  public mutating func act(_ action: ShopAction) {
    actions.record(action, in: shop)
    shop = action.apply(to: shop)
  }
}
