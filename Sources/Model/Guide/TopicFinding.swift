/// What the session found out about one topic.
public enum TopicStatus: String, Equatable, Sendable, Codable {
  case notChecked = "not-checked"
  case checkedOK = "ok"
  case problemFound = "problem"

  /// How the status reads in summaries and reports.
  public var label: GuideText { .topicStatus(self) }
}

/// A topic, its status, and the steps on the path that decided it.
public struct TopicFinding: Equatable, Sendable {
  public var topic: GuideTopic
  public var status: TopicStatus
  public var stepIDs: [String]
}

extension GuideEngine {
  /// One finding per required topic, in `GuideTopic.allCases` order. A problem anywhere on the
  /// path outweighs an OK elsewhere; a verdict reached marks its first topic (the cause) as a
  /// problem.
  public var findings: [TopicFinding] {
    var status: [GuideTopic: TopicStatus] = [:]
    var steps: [GuideTopic: [String]] = [:]
    func mark(_ step: GuideStep, _ mark: TopicMark?) {
      guard let mark else { return }
      // A verdict's first topic is its cause; the others name the fix (restart, escalation),
      // which are not problems found.
      let topics: [GuideTopic]
      if case .verdict = step.kind {
        topics = Array(step.topics.prefix(1))
      } else {
        topics = step.topics
      }
      for topic in topics {
        steps[topic, default: []].append(step.id)
        switch mark {
        case .problem: status[topic] = .problemFound
        case .ok where status[topic] != .problemFound: status[topic] = .checkedOK
        case .ok: break
        }
      }
    }
    for answer in path {
      guard let step = guide.step(answer.stepID) else { continue }
      mark(step, Self.mark(of: answer.response, on: step))
    }
    if let current = currentStep, case .verdict = current.kind { mark(current, .problem) }
    return GuideTopic.allCases.map {
      TopicFinding(topic: $0, status: status[$0] ?? .notChecked, stepIDs: steps[$0] ?? [])
    }
  }

  static func mark(of response: GuideResponse, on step: GuideStep) -> TopicMark? {
    switch (step.kind, response) {
    case (.question, .option(let index)), (.terminalCheck, .option(let index)):
      let options = step.kind.options
      return options.indices.contains(index) ? options[index].mark : nil
    case (_, .input(_, let route)):
      switch route {
      case .atLeastMinimum, .supported: return .ok
      case .belowMinimum, .unsupported, .unknown: return .problem
      }
    case (.verdict, _): return .problem
    default: return nil
    }
  }
}
