/// Checks scenarios against the guides and the simulator's faults.
public enum TrainingScenarioValidator {
  /// Every finding for `scenarios`; `sampleIDs` are the payment-code sample IDs a
  /// wallet scenario may present (nil: not checked).
  public static func findings(
    _ scenarios: [TrainingScenario], guides: [Guide], sampleIDs: [String]? = nil
  ) -> [TrainingScenarioFinding] {
    var out: [TrainingScenarioFinding] = []
    func add(_ s: TrainingScenario, _ field: String, _ kind: TrainingScenarioFinding.Kind) {
      out.append(
        TrainingScenarioFinding(file: s.file, line: s.line(of: field), scenarioID: s.id, kind: kind)
      )
    }
    let reachable = guides.reduce(into: Set<String>()) {
      $0.formUnion(GuideValidator.reachableSteps($1))
    }
    var seen: Set<String> = []
    for scenario in scenarios {
      if !seen.insert(scenario.id).inserted { add(scenario, "id", .duplicateID) }
      for id in scenario.faultIDs where ScanFault(rawValue: id) == nil {
        add(scenario, "faults", .unknownFault(id))
      }
      let verdict = guides.lazy.compactMap { $0.step(scenario.cause) }.first
      switch verdict?.kind {
      case nil: add(scenario, "cause", .unknownVerdict(scenario.cause))
      case .verdict?:
        if !reachable.contains(scenario.cause) {
          add(scenario, "cause", .unreachableVerdict(scenario.cause))
        }
      case .instruction?, .question?, .terminalCheck?, .input?, .escalate?:
        add(scenario, "cause", .notAVerdict(scenario.cause))
      }
      if case .walletCode(let id) = scenario.presents, let sampleIDs, !sampleIDs.contains(id) {
        add(scenario, "presents", .unknownSample(id))
      }
    }
    return out
  }

  /// Faults that no scenario switches on (every fault should be trainable).
  public static func uncoveredFaults(_ scenarios: [TrainingScenario]) -> [ScanFault] {
    let used = scenarios.reduce(into: Set<ScanFault>()) { $0.formUnion($1.faults) }
    return ScanFault.allCases.filter { !used.contains($0) }
  }
}

/// One problem with one scenario, with where it is written.
public struct TrainingScenarioFinding: Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Kind: Equatable, Sendable {
    case unknownFault(String)
    case unknownVerdict(String)
    case notAVerdict(String)
    case unreachableVerdict(String)
    case unknownSample(String)
    case duplicateID
  }

  public var file: String
  public var line: Int
  public var scenarioID: String
  public var kind: Kind

  public var description: String {
    let what: String
    switch kind {
    case .unknownFault(let id):
      what =
        "unknown fault \"\(id)\"; use one of: "
        + ScanFault.allCases.map(\.rawValue).joined(separator: ", ")
    case .unknownVerdict(let id):
      what =
        "cause \"\(id)\" is no step of any guide; use a verdict ID such as verdict.permission-off"
    case .notAVerdict(let id): what = "cause \"\(id)\" is a step but not a verdict"
    case .unreachableVerdict(let id):
      what = "verdict \"\(id)\" cannot be reached from any start of its guide"
    case .unknownSample(let id):
      what = "presents \"\(id)\" is not a sample code in data/payment-codes.toml"
    case .duplicateID: what = "scenario id used twice; IDs must be unique"
    }
    return "\(file):\(line): scenario \(scenarioID): \(what)"
  }
}
