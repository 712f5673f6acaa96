/// The first thing a start says: how to take the waiting payment another way. The prover
/// reads it as a cashier would and does the first way it names; naming a card first on a
/// unit that cannot take one, or a rescan before a timed-out sale was checked, is harm.
public enum ProverMeanwhile {
  /// The ways to take a payment a `meanwhile` names, in the order it names them.
  public enum Way: String, Equatable, Sendable {
    case card
    case cash
    case freshCode = "fresh-code"
    case chargeCheck = "charge-check"
  }

  /// The words that name each way, as the Chinese `meanwhile` says them (the text the
  /// prover reads, as a cashier in China would).
  static var words: [(Way, [String])] { ProverMeanwhileZh.words }

  /// The ways `text` names, first named first.
  public static func ways(_ text: String) -> [Way] {
    let found = words.compactMap { way, list -> (Way, String.Index)? in
      let places = list.compactMap { text.range(of: $0)?.lowerBound }
      return places.min().map { (way, $0) }
    }
    return found.sorted { $0.1 < $1.1 }.map(\.0)
  }

  /// `state` after the cashier takes the waiting payment the way `start` says first.
  static func take(_ start: GuideStart, in state: ShopState) -> ShopState {
    var state = state
    let ways = ways(start.meanwhile?.zh ?? "")
    let checkFirst = ways.firstIndex(of: .chargeCheck) ?? .max
    if let rescan = ways.firstIndex(of: .freshCode), rescan < checkFirst, state.chargeUnchecked {
      state.harms.append(.doubleCharge)
    }
    if ways.first == .card, state.unitDead { state.harms.append(.cardOnDeadUnit) }
    return state
  }
}
