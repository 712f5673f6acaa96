import Foundation

/// One finished training run as recorded: who, which scenario, when, and the score.
public struct TrainingResult: Equatable, Sendable, Codable {
  /// The trainee's name or ID as the trainer typed it.
  public var trainee: String
  public var scenarioID: String
  /// The topic of the scenario's cause (a `GuideTopic` raw value, or `other`).
  public var topic: String
  public var date: Date
  public var score: Int
  public var correct: Bool
  public var declaredVerdict: String
  public var expectedVerdict: String
  public var steps: Int
  public var seconds: Int
  public var hintsUsed: Int
  /// Harmful actions, by raw value.
  public var harmful: [String]

  /// A result from its stored fields.
  public init(
    trainee: String, scenarioID: String, topic: String, date: Date, score: Int, correct: Bool,
    declaredVerdict: String, expectedVerdict: String, steps: Int, seconds: Int, hintsUsed: Int,
    harmful: [String]
  ) {
    self.trainee = trainee
    self.scenarioID = scenarioID
    self.topic = topic
    self.date = date
    self.score = score
    self.correct = correct
    self.declaredVerdict = declaredVerdict
    self.expectedVerdict = expectedVerdict
    self.steps = steps
    self.seconds = seconds
    self.hintsUsed = hintsUsed
    self.harmful = harmful
  }

  /// The result of `run` on `scenario`, scored.
  public init(
    trainee: String, scenario: TrainingScenario, topic: String, date: Date, run: TrainingRun,
    score: TrainingScore
  ) {
    self.trainee = trainee
    scenarioID = scenario.id
    self.topic = topic
    self.date = date
    self.score = score.points
    correct = score.correct
    // Several causes are kept comma-separated in the same columns (see `declaredVerdicts`).
    declaredVerdict = run.declaredCauses.joined(separator: ",")
    expectedVerdict = scenario.causes.joined(separator: ",")
    steps = run.steps
    seconds = run.seconds
    hintsUsed = run.hintsUsed
    harmful = run.harmful.sorted().map(\.rawValue)
  }
}

extension TrainingResult {
  /// The verdicts declared, in order.
  public var declaredVerdicts: [String] { declaredVerdict.split(separator: ",").map(String.init) }
  /// The scenario's real causes; the first is the one it names.
  public var expectedVerdicts: [String] {
    expectedVerdict.split(separator: ",").map(String.init)
  }
}

extension TrainingScenario {
  /// The topic a scenario trains: the first topic of its cause's verdict in `guides`.
  public func topic(in guides: [Guide]) -> String {
    guides.lazy.compactMap { $0.step(self.cause)?.topics.first?.rawValue }.first ?? "other"
  }
}
