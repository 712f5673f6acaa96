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
    let none = language == .zh ? "（无）" : "(none)"
    let stepsLabel = language == .zh ? "步骤" : "steps"
    let verdictsLabel = language == .zh ? "结论" : "verdicts"
    var lines: [String] = []
    for row in rows {
      let status: String
      switch (row.isCovered, language) {
      case (true, .zh): status = "已覆盖"
      case (true, .en): status = "covered"
      case (false, .zh): status = "缺少"
      case (false, .en): status = "MISSING"
      }
      lines.append("\(row.topic.rawValue) (\(row.topic.title(language))): \(status)")
      let steps = row.steps.isEmpty ? none : row.steps.joined(separator: ", ")
      let verdicts = row.verdicts.isEmpty ? none : row.verdicts.joined(separator: ", ")
      lines.append("  \(stepsLabel): \(steps)")
      lines.append("  \(verdictsLabel): \(verdicts)")
    }
    let covered = rows.count - missing.count
    switch language {
    case .zh: lines.append("\(rows.count) 个必需主题中覆盖了 \(covered) 个。")
    case .en: lines.append("\(covered) of \(rows.count) required topics covered.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
