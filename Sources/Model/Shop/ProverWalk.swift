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
}

/// The record of one walk: where it started, the steps, the answers and how it ended.
public struct ProverWalk: Equatable, Sendable, Codable {
  public var `case`: ProverCase
  /// The seed the simulated camera ran with.
  public var seed: UInt64
  public var start: String?
  /// Step IDs in the order visited.
  public var path: [String]
  /// Answers given: each instruction confirmed, question or check answered, input typed,
  /// and each "not fixed" after a verdict.
  public var answers: Int
  /// Verdicts reached, in order.
  public var verdicts: [String]
  public var end: ProverEnd
  /// Answers given when the first right verdict was reached.
  public var answersToFirstRight: Int?

  public var right: Bool { end == .solved }

  /// The verdict the walk ended on, if any.
  public var verdict: String? { verdicts.last }
}
