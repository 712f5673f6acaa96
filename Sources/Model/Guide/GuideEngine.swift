import Foundation

/// Where the clock comes from, injected so tests and replays get fixed times.
public typealias GuideClock = @Sendable () -> Date

/// Runs one guide for one symptom: the current step, the path of answers, and the outcome.
///
/// The path holds only the answers that led to the current step; `back` pops it, so back
/// follows the path and never replays raw history.
public struct GuideEngine: Sendable {
  public let guide: Guide
  public let start: GuideStart
  public let startedAt: Date
  /// Answers along the current path, first to last.
  public private(set) var path: [GuideAnswer] = []
  /// The step waiting for an answer; nil once the session has ended.
  public private(set) var currentStepID: String?
  public private(set) var outcome: GuideOutcome?

  private let judge: (any PaymentCodeJudging)?
  /// Where answers get their time; the console sets it to the time of each input.
  public var clock: GuideClock

  /// Starts `guide` at the step for `symptom`.
  public init(
    guide: Guide, symptom: String, judge: (any PaymentCodeJudging)? = nil,
    clock: @escaping GuideClock = { Date() }, startedAt: Date? = nil
  ) throws(GuideEngineError) {
    guard let start = guide.start(symptom) else { throw .unknownSymptom(symptom) }
    guard guide.step(start.step) != nil else { throw .missingStep(start.step) }
    self.guide = guide
    self.start = start
    self.judge = judge
    self.clock = clock
    self.startedAt = startedAt ?? clock()
    currentStepID = start.step
  }

  public var currentStep: GuideStep? { currentStepID.flatMap(guide.step) }
  public var isFinished: Bool { outcome != nil }
  /// 1-based position of the current step on the path, for "step n" progress.
  public var stepNumber: Int { path.count + 1 }

  /// Answers the current step and moves on (or ends the session).
  public mutating func answer(_ reply: GuideReply) throws(GuideEngineError) {
    guard let step = currentStep else { throw .sessionFinished }
    let response = try respond(to: step, with: reply)
    try apply(GuideAnswer(stepID: step.id, response: response, answeredAt: clock()), to: step)
  }

  /// Goes back one step along the path, reopening the previous step; false at the first step.
  @discardableResult
  public mutating func back() -> Bool {
    guard let last = path.popLast() else { return false }
    currentStepID = last.stepID
    outcome = nil
    return true
  }

  /// Replaces the answer at `index` on the path and recomputes the path after it.
  ///
  /// Later answers are kept where the new path comes back to the same steps: walking on from
  /// the changed answer, each step that was answered before gets its old answer again (with its
  /// old time) until a step without one, or a verdict or escalation, which are always asked
  /// again so a changed case is never closed without the cashier seeing it. Answers whose
  /// steps the new path does not reach are dropped.
  public mutating func change(answerAt index: Int, to reply: GuideReply) throws(GuideEngineError) {
    guard path.indices.contains(index), let step = guide.step(path[index].stepID) else {
      throw .noSuchAnswer(index: index)
    }
    let response = try respond(to: step, with: reply)
    var earlier = Array(path[(index + 1)...])
    path.removeSubrange(index...)
    outcome = nil
    try apply(GuideAnswer(stepID: step.id, response: response, answeredAt: clock()), to: step)
    while let current = currentStep, !current.canEndSession,
      let reuse = earlier.firstIndex(where: { $0.stepID == current.id })
    {
      let old = earlier.remove(at: reuse)
      do {
        try apply(old, to: current)
      } catch {
        break
      }
    }
  }

  /// Rebuilds a session from saved answers, e.g. after a crash. Answers that no longer fit the
  /// guide (it was edited) are dropped from the first misfit on; `dropped` counts them.
  public static func resume(
    guide: Guide, symptom: String, startedAt: Date, answers: [GuideAnswer],
    judge: (any PaymentCodeJudging)? = nil, clock: @escaping GuideClock = { Date() }
  ) throws(GuideEngineError) -> (engine: GuideEngine, dropped: Int) {
    var engine = try GuideEngine(
      guide: guide, symptom: symptom, judge: judge, clock: clock, startedAt: startedAt)
    for (position, answer) in answers.enumerated() {
      guard let step = engine.currentStep, step.id == answer.stepID else {
        return (engine, answers.count - position)
      }
      do {
        try engine.apply(answer, to: step)
      } catch {
        return (engine, answers.count - position)
      }
    }
    return (engine, 0)
  }

  /// Checks `reply` against `step` and turns it into what is recorded.
  private func respond(to step: GuideStep, with reply: GuideReply) throws(GuideEngineError)
    -> GuideResponse
  {
    switch (step.kind, reply) {
    case (.instruction, .done): return .done
    case (.question, .option(let index)), (.terminalCheck, .option(let index)):
      let options = step.kind.options
      guard options.indices.contains(index) else {
        throw .optionOutOfRange(stepID: step.id, index: index, count: options.count)
      }
      return .option(index)
    case (.input(let input), .text(let text)):
      return .input(text: text, route: try route(input, text: text, stepID: step.id))
    case (.verdict, .fixed(let fixed)): return .fixed(fixed)
    case (.escalate, .handedOver): return .handedOver
    default: throw .replyDoesNotFit(stepID: step.id, kind: step.kind.name)
    }
  }

  private func route(_ input: GuideInput, text: String, stepID: String) throws(GuideEngineError)
    -> GuideInputRoute
  {
    switch input {
    case .version(let version):
      guard let typed = GuideVersion(text) else {
        throw .invalidInput(
          stepID: stepID,
          reason: LocalizedText(GuideText.versionFormat))
      }
      return typed < version.minimum ? .belowMinimum : .atLeastMinimum
    case .paymentCode:
      guard let judge else { throw .noPaymentCodeJudge(stepID: stepID) }
      switch judge.judge(text) {
      case .supported: return .supported
      case .unsupported: return .unsupported
      case .unknown: return .unknown
      case .malformed(let reason): throw .invalidInput(stepID: stepID, reason: reason)
      }
    }
  }

  /// Records `answer` for `step` and moves to the next step or ends the session.
  private mutating func apply(_ answer: GuideAnswer, to step: GuideStep) throws(GuideEngineError) {
    let next: String?
    switch (step.kind, answer.response) {
    case (.instruction(let target), .done):
      next = target
    case (.question, .option(let index)), (.terminalCheck, .option(let index)):
      let options = step.kind.options
      guard options.indices.contains(index) else {
        throw .optionOutOfRange(stepID: step.id, index: index, count: options.count)
      }
      next = options[index].next
    case (.input(let input), .input(_, let route)):
      guard let target = input.next(for: route) else {
        throw .replyDoesNotFit(stepID: step.id, kind: step.kind.name)
      }
      next = target
    case (.verdict, .fixed(true)):
      next = nil
      outcome = .resolved(verdict: step.id)
    case (.verdict(let verdict), .fixed(false)):
      next = verdict.ifNotFixed
      if next == nil { outcome = .notResolved(verdict: step.id) }
    case (.escalate, .handedOver):
      next = nil
      outcome = .escalated(step: step.id)
    default:
      throw .replyDoesNotFit(stepID: step.id, kind: step.kind.name)
    }
    if let next, guide.step(next) == nil { throw .missingStep(next) }
    path.append(answer)
    currentStepID = next
  }
}
