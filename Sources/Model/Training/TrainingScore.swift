/// The score of one training run, with the deductions that made it.
///
/// Scoring table (100 points, never below 0):
///
/// | what                                   | points                          |
/// |----------------------------------------|---------------------------------|
/// | wrong cause declared                   | −50                             |
/// | each step beyond par                   | −3, at most −21                 |
/// | each started 15 s beyond par           | −2, at most −20                 |
/// | each hint used                         | −5                              |
/// | factory reset before a backup          | −40                             |
/// | firmware update on a weak link         | −20                             |
/// | repeated power cycling (≥ 3 restarts)  | −10                             |
/// | calling 95016 for what the counter fixes | −10                           |
///
/// A scenario with several faults has several real causes: declaring any of them is right.
/// A run "passes" with only real causes declared and at least 60 points.
public struct TrainingScore: Equatable, Sendable {
  public static let full = 100
  public static let wrongCause = 50
  public static let perExtraStep = 3
  public static let maxStepPenalty = 21
  public static let perSlowInterval = 2
  public static let slowInterval = 15
  public static let maxTimePenalty = 20
  public static let perHint = 5
  public static let passMark = 60

  /// Points, 0…100.
  public var points: Int
  /// Whether every declared cause is one of the scenario's real causes.
  public var correct: Bool
  /// Each deduction, in table order, only those that apply.
  public var deductions: [TrainingDeduction]

  /// Right cause and at least `passMark` points.
  public var passed: Bool { correct && points >= Self.passMark }

  /// Scores `run` against `scenario`'s real causes and par.
  public init(run: TrainingRun, scenario: TrainingScenario) {
    var deductions: [TrainingDeduction] = []
    let causes = scenario.causes
    correct = !run.declaredCauses.isEmpty && run.declaredCauses.allSatisfy(causes.contains)
    if !correct { deductions.append(.wrongCause(Self.wrongCause)) }
    let extraSteps = max(0, run.steps - scenario.par.steps)
    if extraSteps > 0 {
      deductions.append(
        .stepsBeyondPar(extraSteps, min(Self.maxStepPenalty, extraSteps * Self.perExtraStep)))
    }
    let extraSeconds = max(0, run.seconds - scenario.par.seconds)
    if extraSeconds > 0 {
      let intervals = (extraSeconds + Self.slowInterval - 1) / Self.slowInterval
      deductions.append(
        .timeBeyondPar(extraSeconds, min(Self.maxTimePenalty, intervals * Self.perSlowInterval)))
    }
    if run.hintsUsed > 0 { deductions.append(.hints(run.hintsUsed, run.hintsUsed * Self.perHint)) }
    for action in HarmfulAction.allCases where run.harmful.contains(action) {
      deductions.append(.harmful(action, action.penalty))
    }
    self.deductions = deductions
    points = max(0, Self.full - deductions.reduce(0) { $0 + $1.points })
  }
}

/// What one trainee did in one run, as the console measured it.
public struct TrainingRun: Equatable, Sendable {
  /// The verdict IDs the trainee declared, in order (one per cause found).
  public var declaredCauses: [String]
  /// The last verdict declared: the one that ended the run.
  public var declaredCause: String { declaredCauses.last ?? "" }
  /// Steps taken (terminal keys and self-check answers).
  public var steps: Int
  /// Seconds from start to declaring the cause.
  public var seconds: Int
  public var hintsUsed: Int
  public var harmful: Set<HarmfulAction>

  public init(
    declaredCause: String, steps: Int, seconds: Int, hintsUsed: Int,
    harmful: Set<HarmfulAction> = []
  ) {
    self.init(
      declaredCauses: [declaredCause], steps: steps, seconds: seconds, hintsUsed: hintsUsed,
      harmful: harmful)
  }

  public init(
    declaredCauses: [String], steps: Int, seconds: Int, hintsUsed: Int,
    harmful: Set<HarmfulAction> = []
  ) {
    self.declaredCauses = declaredCauses
    self.steps = max(0, steps)
    self.seconds = max(0, seconds)
    self.hintsUsed = max(0, hintsUsed)
    self.harmful = harmful
  }
}

/// Something a trainee did that would hurt a real merchant.
public enum HarmfulAction: String, CaseIterable, Sendable, Codable, Comparable {
  /// Factory reset before the day's records are safe: the unit cannot export them, so
  /// settling first is the backup (the raw value is kept for stored records).
  case factoryResetBeforeBackup = "factory-reset-before-backup"
  /// A firmware update started on a link too weak to reach the host: a cut download can
  /// leave the unit unable to start.
  case updateOnWeakSignal = "update-on-weak-signal"
  /// Three or more restarts in one run (the article warns against frequent power cycling).
  case repeatedPowerCycling = "repeated-power-cycling"
  /// 95016 called while everything wrong was something the counter can put right.
  case needlessCall = "needless-call"

  /// Points this costs.
  public var penalty: Int {
    switch self {
    case .factoryResetBeforeBackup: 40
    case .updateOnWeakSignal: 20
    case .repeatedPowerCycling: 10
    case .needlessCall: 10
    }
  }

  public static func < (lhs: HarmfulAction, rhs: HarmfulAction) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }

  /// What it is, in `language`.
  public func title(_ language: Language) -> String { TrainingText.harmfulAction(self)(language) }
}

/// One line of the score's breakdown: what and how many points it cost.
public enum TrainingDeduction: Equatable, Sendable {
  case wrongCause(Int)
  /// Steps beyond par, points.
  case stepsBeyondPar(Int, Int)
  /// Seconds beyond par, points.
  case timeBeyondPar(Int, Int)
  /// Hints used, points.
  case hints(Int, Int)
  case harmful(HarmfulAction, Int)

  /// Points deducted.
  public var points: Int {
    switch self {
    case .wrongCause(let p), .stepsBeyondPar(_, let p), .timeBeyondPar(_, let p), .hints(_, let p),
      .harmful(_, let p):
      p
    }
  }

  /// The line shown on the result screen, in `language`.
  public func text(_ language: Language) -> String { TrainingText.deduction(self)(language) }
}
