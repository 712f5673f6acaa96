/// How one honest walk of a guide ended.
public enum ProverEnd: Equatable, Sendable, Codable {
  /// Every real cause was found and put right.
  case solved
  /// A verdict that is not a real cause of this case.
  case wrongVerdict(String)
  /// The case was handed to customer service or after-sales.
  case escalated(String)
  /// A question or check with no observation to answer it from.
  case unbound(String)
  /// The observation gave a value no option of the step stands for.
  case noOption(step: String, value: String)
  /// The payment went through after a fix, but these faults are still there, unfound.
  case leftUnfound([ScanFault])
  /// A verdict's fix did not help and it says nowhere to go next.
  case notFixedNoWayOn(String)
  /// A link to a step that does not exist.
  case missingStep(String)
  /// Nothing visible goes wrong in this state, or the guide has no start for what does.
  case noStart(String)
  /// More answers than any cashier would give: the walk goes round.
  case tooLong
  /// Branches too unlikely to follow (their probability is counted as not proved).
  case pruned
  /// The right verdict's ID was reached, but its title does not say what the case's cause is.
  case saysOtherwise(String)
  /// The shop works, but fixes the case needs were never done.
  case leftUndone([String])
  /// The walk did harm (a lost batch, a double charge, a needless repair…).
  case harm([String])
  /// The cashier could not tell which option says what they see (a label finding).
  case unreadable(String)
}

/// One way a walk can go: where it started, the steps, the answers, how it ended, and how
/// likely the shop's chance makes exactly this walk.
public struct ProverWalk: Equatable, Sendable, Codable {
  public var `case`: String
  /// Probability of this walk among all walks of its case (they add up to 1).
  public var probability: Double
  public var start: String?
  /// Step IDs in the order visited.
  public var path: [String]
  /// Answers given: each instruction confirmed, question or check answered, input typed,
  /// and each "not fixed" after a verdict.
  public var answers: Int
  /// Seconds the steps take at the counter (`ProverCost`).
  public var seconds: Int
  /// Verdicts reached, in order.
  public var verdicts: [String]
  public var end: ProverEnd
  /// Answers given when the first right verdict was reached.
  public var answersToFirstRight: Int?
  /// Options picked, as `step#n` (n from 1), for coverage.
  public var picked: [String] = []
  /// Shop actions done on the way, in order.
  public var done: [String] = []

  public init(case name: String, start: String?) {
    self.case = name
    probability = 1
    self.start = start
    path = []
    answers = 0
    seconds = 0
    verdicts = []
    end = .tooLong
  }

  public var right: Bool { end == .solved }

  /// The verdict the walk ended on, if any.
  public var verdict: String? { verdicts.last }
}

/// Every way one case's walk can go, with what they add up to.
public struct ProverCaseResult: Equatable, Sendable, Codable {
  public var `case`: ProverCase
  /// The walks, most likely first.
  public var walks: [ProverWalk]
  /// Whether any look on the way was left to chance (a camera read).
  public var chancy: Bool

  public init(case proverCase: ProverCase, walks: [ProverWalk], chancy: Bool) {
    self.case = proverCase
    self.walks = walks.sorted { $0.probability > $1.probability }
    self.chancy = chancy
  }

  /// Probability that the walk reaches a right verdict and the shop works.
  public var probabilityRight: Double {
    walks.filter(\.right).reduce(0) { $0 + $1.probability }
  }

  public var expectedAnswers: Double {
    walks.reduce(0) { $0 + $1.probability * Double($1.answers) }
  }
  public var expectedSeconds: Double {
    walks.reduce(0) { $0 + $1.probability * Double($1.seconds) }
  }

  /// Expected answers to the first right verdict, over the walks that reach one.
  public var expectedAnswersToRight: Double? {
    let reaching = walks.filter { $0.answersToFirstRight != nil }
    let mass = reaching.reduce(0) { $0 + $1.probability }
    guard mass > 0 else { return nil }
    return reaching.reduce(0) { $0 + $1.probability * Double($1.answersToFirstRight ?? 0) } / mass
  }

  /// The bar a case must clear: certain where nothing is left to chance, 0.99 where a real
  /// camera is chancy.
  public var required: Double { chancy ? 0.99 : 1 - 1e-9 }

  public var passed: Bool { probabilityRight >= required }

  /// The most likely walk that does not prove the case, to show what went wrong.
  public var firstFailure: ProverWalk? { walks.first { !$0.right } }
}
