import Foundation

/// Training results summarised per trainee and topic, as text, CSV or JSON.
public struct TrainingReport: Equatable, Sendable {
  /// One trainee's runs.
  public struct Trainee: Equatable, Sendable, Codable {
    public var trainee: String
    public var runs: Int
    public var average: Int
    public var best: Int
    public var last: Int
    /// Scores oldest first.
    public var scores: [Int]
    /// Average score per topic, topics sorted by name.
    public var topics: [TopicAverage]
  }

  /// The average score of one topic.
  public struct TopicAverage: Equatable, Sendable, Codable {
    public var topic: String
    public var runs: Int
    public var average: Int
  }

  public var trainees: [Trainee]
  public var results: [TrainingResult]

  /// Summarises `results` (oldest first), trainees in order of first appearance.
  public init(results: [TrainingResult]) {
    self.results = results
    var order: [String] = []
    var byTrainee: [String: [TrainingResult]] = [:]
    for r in results {
      if byTrainee[r.trainee] == nil { order.append(r.trainee) }
      byTrainee[r.trainee, default: []].append(r)
    }
    trainees = order.map { name in
      let runs = byTrainee[name] ?? []
      let scores = runs.map(\.score)
      var topics: [String: [Int]] = [:]
      for r in runs { topics[r.topic, default: []].append(r.score) }
      return Trainee(
        trainee: name, runs: runs.count, average: Self.average(scores), best: scores.max() ?? 0,
        last: scores.last ?? 0, scores: scores,
        topics: topics.keys.sorted().map {
          TopicAverage(
            topic: $0, runs: topics[$0]?.count ?? 0, average: Self.average(topics[$0] ?? []))
        })
    }
  }

  static func average(_ scores: [Int]) -> Int {
    scores.isEmpty ? 0 : (scores.reduce(0, +) + scores.count / 2) / scores.count
  }

  /// Human-readable: one block per trainee with a sparkline and topic bars.
  public func text(_ language: Language) -> String {
    func words(_ key: TrainingText) -> String { key(language) }
    if trainees.isEmpty { return words(.noResultsYet) }
    var out = ""
    for t in trainees {
      out += words(
        .traineeLine(
          trainee: t.trainee, runs: t.runs, average: t.average, best: t.best, last: t.last))
      out += words(.scoresLabel) + TrainingChart.sparkline(t.scores, width: 40) + "\n"
      for topic in t.topics {
        let name = GuideTopic(rawValue: topic.topic)?.title(language) ?? topic.topic
        out +=
          "  " + TextLayout.pad(TextLayout.truncate(name, to: 16), to: 16) + " "
          + TrainingChart.bar(topic.average, width: 20) + " \(topic.average) (\(topic.runs))\n"
      }
      if let harm = harmSummary(t.trainee, language) {
        out += words(.harmfulLabel) + harm + "\n"
      }
    }
    return out
  }

  /// What `trainee` did that would hurt a merchant, each with how many runs it happened in,
  /// e.g. "Repeated power cycling ×2"; nil when nothing.
  public func harmSummary(_ trainee: String, _ language: Language) -> String? {
    let seen = results.filter { $0.trainee == trainee }.flatMap(\.harmful)
    guard !seen.isEmpty else { return nil }
    var order: [String] = []
    for id in seen where !order.contains(id) { order.append(id) }
    return order.map { id in
      let title = HarmfulAction(rawValue: id)?.title(language) ?? id
      return title + " ×\(seen.filter { $0 == id }.count)"
    }.joined(separator: TrainingText.listSeparator(language))
  }

  /// One line per result, with a header.
  public var csv: String {
    var out =
      "trainee,date,scenario,topic,score,correct,declared,expected,steps,seconds,hints,harmful\n"
    for r in results {
      let fields = [
        r.trainee, Self.isoDate(r.date), r.scenarioID, r.topic, String(r.score), String(r.correct),
        r.declaredVerdicts.joined(separator: ";"), r.expectedVerdicts.joined(separator: ";"),
        String(r.steps), String(r.seconds),
        String(r.hintsUsed), r.harmful.joined(separator: ";"),
      ]
      out += fields.map(Self.csvField).joined(separator: ",") + "\n"
    }
    return out
  }

  /// `{"trainees": […], "results": […]}`, keys sorted, dates ISO 8601.
  public func json() throws -> String {
    struct Document: Encodable {
      var trainees: [Trainee]
      var results: [TrainingResult]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    let data = try encoder.encode(Document(trainees: trainees, results: results))
    return (String(data: data, encoding: .utf8) ?? "{}") + "\n"
  }

  static func isoDate(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
