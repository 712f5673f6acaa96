/// One case the prover walks: a shop state and the verdicts that would be right for it.
public struct ProverCase: Equatable, Sendable, Codable {
  /// `fault` (one simulator fault) or `scenario` (a training scenario).
  public var source: String
  /// The fault ID or the scenario ID.
  public var name: String
  /// The real causes: every verdict reached must be one of them.
  public var expected: [String]
  public var faults: [ScanFault]
  /// The state the walk starts in (not encoded: it follows from the faults and presents).
  public var state: ShopState

  enum CodingKeys: String, CodingKey { case source, name, expected, faults }

  public init(source: String, name: String, expected: [String], state: ShopState) {
    self.source = source
    self.name = name
    self.expected = expected
    self.faults = state.faults
    self.state = state
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    source = try container.decode(String.self, forKey: .source)
    name = try container.decode(String.self, forKey: .name)
    expected = try container.decode([String].self, forKey: .expected)
    faults = try container.decode([ScanFault].self, forKey: .faults)
    state = ShopState.with(faults: Set(faults))
  }

  /// The verdict that names `fault` as the cause.
  public static func verdict(for fault: ScanFault) -> String { "verdict.\(fault.rawValue)" }

  /// One case per simulator fault.
  public static var everyFault: [ProverCase] {
    ScanFault.allCases.map {
      ProverCase(
        source: "fault", name: $0.rawValue, expected: [verdict(for: $0)],
        state: .with(faults: [$0]))
    }
  }

  /// The case for a training scenario: each of its faults is a real cause, besides the one
  /// it names.
  public static func scenario(_ scenario: TrainingScenario) -> ProverCase {
    let state = ShopState().presenting(scenario.presents).with(faults: scenario.faults)
    var expected = [scenario.cause]
    for fault in scenario.faults.sorted() where !expected.contains(verdict(for: fault)) {
      expected.append(verdict(for: fault))
    }
    return ProverCase(source: "scenario", name: scenario.id, expected: expected, state: state)
  }
}
