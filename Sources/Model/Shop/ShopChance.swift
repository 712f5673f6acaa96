/// The shop's chance written out: what an observation can show in a state, each with its
/// probability, so a guide is proved over every outcome instead of a sample of them.
public struct ShopOutcome: Equatable, Sendable {
  public var value: String
  /// Between 0 and 1; the outcomes of one look add up to 1.
  public var probability: Double

  public init(_ value: String, _ probability: Double) {
    self.value = value
    self.probability = probability
  }
}

extension ShopState {
  /// Probability that at least one of `tries` camera tries reads the code; the same odds
  /// `scanReads(tries:rng:)` draws from.
  public func readProbability(tries: Int = 2) -> Double {
    let miss = 1 - Double(readOdds) / 100
    var all = 1.0
    for _ in 0..<max(0, tries) { all *= miss }
    return 1 - all
  }
}

extension ShopObservation {
  /// Every value this observation can show in `state`, with its probability; one outcome
  /// of probability 1 where nothing is left to chance. Outcomes of probability 0 are left out.
  public func outcomes(in state: ShopState) -> [ShopOutcome] {
    switch self {
    case .read:
      return Self.split(state.readProbability(), "reads", "nothing")
    case .pay:
      return Self.split(state.readProbability(), state.payOutcome.rawValue, "unread")
    default:
      var rng = SplitMix64(seed: 0)
      return [ShopOutcome(value(in: state, rng: &rng), 1)]
    }
  }

  private static func split(_ chance: Double, _ hit: String, _ miss: String) -> [ShopOutcome] {
    [ShopOutcome(hit, chance), ShopOutcome(miss, 1 - chance)].filter { $0.probability > 0 }
  }
}
