/// One case the prover walks: a shop state and what counts as right, fixed and harmful for it.
public struct ProverCase: Equatable, Sendable, Codable {
  /// `case book`, `fault` (one simulator fault) or `scenario` (a training scenario).
  public var source: String
  /// The case's ID.
  public var name: String
  /// The verdicts (or hand-overs) that count as right: every verdict reached must be one.
  public var expected: [String]
  public var faults: [ScanFault]
  /// The state the walk starts in (not encoded: it follows from the staging).
  public var state: ShopState
  /// What the cashier would say goes wrong, in their own words; the start is picked by
  /// matching it against the start titles. Nil: the start is the one `state.symptom` names.
  public var sees: LocalizedText?
  /// Words the right verdict's title must contain, so a verdict whose texts were swapped
  /// with another's does not pass under its old ID.
  public var says: LocalizedText?
  /// Shop actions that must have been done by the end (the fixes the case needs).
  public var mustDo: [String] = []
  /// Steps that do harm in this case if reached (e.g. a repair for a working unit).
  public var harmSteps: [String] = []
  /// How likely this cause is among the cases of its start (relative weight).
  public var prior: Double = 1
  /// Where the case is written, for file:line reports.
  public var file = ""
  public var line = 0

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

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(name, forKey: .name)
    try container.encode(expected, forKey: .expected)
    try container.encode(faults, forKey: .faults)
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

  /// Where the case is written, as `file:line`.
  public var place: String { file.isEmpty ? name : "\(file):\(line)" }
}
