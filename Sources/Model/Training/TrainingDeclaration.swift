/// What declaring a cause does to a training run. A right cause puts its fault right (as
/// the verdict's fix would) and, while other staged faults still show on the unit, the run
/// goes on so the trainee finds the next; a wrong cause, or the last one, ends it.
public struct TrainingDeclaration: Equatable, Sendable {
  /// The shop after the declaration.
  public var shop: ShopState
  /// The scenario's faults still to find: neither declared nor put right.
  public var remaining: [ScanFault]
  /// Whether the run is over and is to be scored.
  public var finished: Bool

  /// Declaring `verdict` in `scenario`, with `earlier` verdicts already declared and the
  /// shop as the trainee has left it.
  public init(_ verdict: String, earlier: [String], scenario: TrainingScenario, shop: ShopState) {
    let right = scenario.causes.contains(verdict)
    var shop = shop
    if right, let fault = ScanFault.allCases.first(where: { $0.verdictID == verdict }) {
      shop = shop.fixing(fault)
    }
    self.shop = shop
    remaining = Self.remaining(scenario, declared: earlier + [verdict], shop: shop)
    finished = !right || remaining.isEmpty
  }

  /// The faults of `scenario` neither in `declared` nor put right in `shop`.
  public static func remaining(_ scenario: TrainingScenario, declared: [String], shop: ShopState)
    -> [ScanFault]
  {
    scenario.faults.sorted().filter { shop.has($0) && !declared.contains($0.verdictID) }
  }
}
