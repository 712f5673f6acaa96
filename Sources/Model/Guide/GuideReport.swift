import Foundation

/// The case summary of one session, for `pos-console report`, the summary screen and escalation.
public struct GuideReport: Equatable, Sendable, Codable {
  public var sessionID: String
  public var guideID: String
  public var guideTitle: LocalizedText
  public var symptom: String
  public var symptomTitle: LocalizedText
  public var startedAt: Date
  /// When the last answer was given, or the session ended.
  public var lastActivityAt: Date
  public var durationSeconds: Int
  /// Where the session stands; written in JSON by its stable name.
  public var state: GuideReportState
  /// The step still waiting for an answer, while the session is open.
  public var currentStep: String?
  public var checks: [Check]
  public var findings: [Finding]
  /// The last verdict reached on the path, if any.
  public var verdict: Verdict?

  /// One answered step.
  public struct Check: Equatable, Sendable, Codable {
    public var stepID: String
    public var step: LocalizedText
    public var answer: LocalizedText
    public var answeredAt: Date
  }

  /// A topic's status after the session.
  public struct Finding: Equatable, Sendable, Codable {
    public var topic: String
    public var title: LocalizedText
    public var status: TopicStatus
    public var steps: [String]
  }

  /// The cause found and its fix.
  public struct Verdict: Equatable, Sendable, Codable {
    public var id: String
    public var title: LocalizedText
    public var explanation: LocalizedText
    public var fix: LocalizedText
  }

  /// Builds the report of `engine`; `state` is the stored state when it says more than the
  /// engine knows (an abandoned session).
  public init(engine: GuideEngine, sessionID: String, state: GuideSessionState? = nil) {
    self.sessionID = sessionID
    guideID = engine.guide.id
    guideTitle = engine.guide.title
    symptom = engine.start.symptom
    symptomTitle = engine.start.title
    startedAt = engine.startedAt
    lastActivityAt = engine.path.last?.answeredAt ?? engine.startedAt
    durationSeconds = max(0, Int(lastActivityAt.timeIntervalSince(startedAt).rounded()))
    switch (state, engine.outcome) {
    case (.abandoned?, _): self.state = .abandoned
    case (_, let outcome?): self.state = GuideReportState(outcome)
    case (.finished(let outcome)?, nil): self.state = GuideReportState(outcome)
    case (.open?, nil), (nil, nil): self.state = .open
    }
    currentStep = engine.currentStepID
    checks = engine.summary.map {
      Check(stepID: $0.stepID, step: $0.step, answer: $0.answer, answeredAt: $0.answeredAt)
    }
    findings = engine.findings.map {
      Finding(
        topic: $0.topic.rawValue, title: LocalizedText($0.topic.title), status: $0.status,
        steps: $0.stepIDs)
    }
    let visited = engine.path.map(\.stepID) + (engine.currentStepID.map { [$0] } ?? [])
    verdict =
      visited.reversed().lazy.compactMap { id -> Verdict? in
        guard let step = engine.guide.step(id), case .verdict(let verdict) = step.kind else {
          return nil
        }
        return Verdict(
          id: id, title: step.title ?? step.text, explanation: step.text, fix: verdict.fix)
      }.first
  }

  /// Sorted-key JSON with ISO 8601 times; texts carry both languages.
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    guard let data = try? encoder.encode(self) else { return "{}" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The printable report in `language`, times shown in `timeZone`.
  public func text(_ language: Language, timeZone: TimeZone = .current) -> String {
    let words = GuideReportWords(language)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = timeZone
    formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
    let clock = DateFormatter()
    clock.locale = formatter.locale
    clock.timeZone = timeZone
    clock.dateFormat = "HH:mm:ss"

    var lines = ["\(words.heading) — \(guideTitle(language))"]
    lines.append("\(words.session): \(sessionID)")
    lines.append("\(words.symptom): \(symptomTitle(language))")
    lines.append("\(words.started): \(formatter.string(from: startedAt))")
    lines.append("\(words.duration): \(words.duration(seconds: durationSeconds))")
    var outcome = words.state(state)
    if let verdict { outcome += " — \(verdict.title(language))" }
    lines.append("\(words.outcome): \(outcome)")
    if state == .open, let currentStep { lines.append("\(words.waitingAt): \(currentStep)") }

    lines.append("")
    lines.append("\(words.checks):")
    if checks.isEmpty { lines.append("  \(words.none)") }
    for (index, check) in checks.enumerated() {
      lines.append(
        "  \(index + 1). \(clock.string(from: check.answeredAt))  \(check.step(language))")
      lines.append("     → \(check.answer(language))  [\(check.stepID)]")
    }

    lines.append("")
    lines.append("\(words.findings):")
    let width = findings.map { DisplayWidth.of($0.title(language)) }.max() ?? 0
    for finding in findings {
      let name = TextLayout.pad(finding.title(language), to: width)
      lines.append("  \(name)  \(finding.status.label(language))")
    }

    if let verdict {
      lines.append("")
      lines.append("\(words.verdict): \(verdict.title(language))  [\(verdict.id)]")
      lines.append("  \(verdict.explanation(language))")
      lines.append("  \(words.fix): \(verdict.fix(language))")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// Where a reported session stands: still open, ended one way, or set aside.
public enum GuideReportState: String, Equatable, Sendable, Codable {
  case open
  case resolved
  case notResolved = "not-resolved"
  case escalated
  case abandoned

  init(_ outcome: GuideOutcome) {
    switch outcome {
    case .resolved: self = .resolved
    case .notResolved: self = .notResolved
    case .escalated: self = .escalated
    }
  }
}
