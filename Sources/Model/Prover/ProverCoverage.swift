/// Which steps and options the proof's walks visit, and which none does: a branch no case
/// walks is a branch the proof says nothing about.
public struct ProverCoverage: Equatable, Sendable, Codable {
  public var steps: Int
  public var options: Int
  /// Steps and options (`step#n`) no walk visits, in file order.
  public var unvisitedSteps: [String]
  public var unvisitedOptions: [String]

  public init(guide: Guide, results: [ProverCaseResult]) {
    let walks = results.flatMap(\.walks)
    let visited = Set(walks.flatMap(\.path))
    let picked = Set(walks.flatMap(\.picked))
    steps = guide.steps.count
    unvisitedSteps = guide.steps.map(\.id).filter { !visited.contains($0) }
    let all = guide.steps.flatMap { step in
      step.kind.options.indices.map { "\(step.id)#\($0 + 1)" }
    }
    options = all.count
    unvisitedOptions = all.filter { !picked.contains($0) }
  }

  public var complete: Bool { unvisitedSteps.isEmpty && unvisitedOptions.isEmpty }

  /// "steps 55/60 (91.7%), options …".
  public func text() -> String {
    func share(_ missing: Int, _ all: Int) -> String {
      let percent = all == 0 ? 100 : Double(all - missing) * 100 / Double(all)
      return "\(all - missing)/\(all) (\(ProverReport.format(percent, places: 1))%)"
    }
    var out = "coverage: steps \(share(unvisitedSteps.count, steps)), "
    out += "options \(share(unvisitedOptions.count, options))\n"
    if !unvisitedSteps.isEmpty {
      out += "  never visited: \(unvisitedSteps.joined(separator: ", "))\n"
    }
    if !unvisitedOptions.isEmpty {
      out += "  never picked: \(unvisitedOptions.joined(separator: ", "))\n"
    }
    return out
  }
}
