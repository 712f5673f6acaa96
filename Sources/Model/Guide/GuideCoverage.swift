/// Which steps and verdicts cover each required topic across a set of guides.
public struct GuideCoverage: Equatable, Sendable {
  /// One row per topic, in `GuideTopic.allCases` order.
  public var rows: [Row]

  /// A topic and the step IDs that carry it, split into verdicts and other steps.
  public struct Row: Equatable, Sendable {
    public var topic: GuideTopic
    public var steps: [String]
    public var verdicts: [String]

    /// Covered means at least one step and at least one verdict carry the topic.
    public var isCovered: Bool { !steps.isEmpty && !verdicts.isEmpty }
  }

  public init(guides: [Guide]) {
    rows = GuideTopic.allCases.map { topic in
      var steps: [String] = []
      var verdicts: [String] = []
      for guide in guides {
        for step in guide.steps where step.topics.contains(topic) {
          if case .verdict = step.kind { verdicts.append(step.id) } else { steps.append(step.id) }
        }
      }
      return Row(topic: topic, steps: steps, verdicts: verdicts)
    }
  }

  public var missing: [GuideTopic] { rows.filter { !$0.isCovered }.map(\.topic) }

  /// 0 when every topic is covered, else 1.
  public var exitCode: Int32 { missing.isEmpty ? 0 : 1 }

  /// A block per topic: its name, then its steps and verdicts.
  public func text(_ language: Language) -> String {
    let none = GuideText.noneListed(language)
    let stepsLabel = GuideText.coverageSteps(language)
    let verdictsLabel = GuideText.coverageVerdicts(language)
    var lines: [String] = []
    for row in rows {
      let status = GuideText.coverageStatus(covered: row.isCovered)(language)
      lines.append("\(row.topic.rawValue) (\(row.topic.title(language))): \(status)")
      let steps = row.steps.isEmpty ? none : row.steps.joined(separator: ", ")
      let verdicts = row.verdicts.isEmpty ? none : row.verdicts.joined(separator: ", ")
      lines.append("  \(stepsLabel): \(steps)")
      lines.append("  \(verdictsLabel): \(verdicts)")
    }
    let covered = rows.count - missing.count
    lines.append(GuideText.coverageTotal(covered: covered, required: rows.count)(language))
    return lines.joined(separator: "\n") + "\n"
  }
}
