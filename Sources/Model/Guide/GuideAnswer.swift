import Foundation

/// What the console sends when the cashier answers the current step.
public enum GuideReply: Equatable, Sendable {
  /// An instruction is done.
  case done
  /// The option at this 0-based index of a question or terminal check.
  case option(Int)
  /// The typed answer of an input step; the engine judges and routes it.
  case text(String)
  /// The answer to a verdict's "did that fix it?".
  case fixed(Bool)
  /// An escalation was handed over.
  case handedOver
}

/// A reply as recorded: typed answers keep the route they were judged to, so a resumed session
/// follows the same path without judging again.
public enum GuideResponse: Equatable, Sendable, Codable {
  case done
  case option(Int)
  case input(text: String, route: GuideInputRoute)
  case fixed(Bool)
  case handedOver
}

/// One answered step on the path.
public struct GuideAnswer: Equatable, Sendable, Codable {
  public var stepID: String
  public var response: GuideResponse
  public var answeredAt: Date

  public init(stepID: String, response: GuideResponse, answeredAt: Date) {
    self.stepID = stepID
    self.response = response
    self.answeredAt = answeredAt
  }
}

/// How a session ended.
public enum GuideOutcome: Equatable, Sendable {
  /// A verdict's fix worked.
  case resolved(verdict: String)
  /// A verdict was reached, its fix did not work and the guide had nowhere further to go.
  case notResolved(verdict: String)
  /// The case was handed to customer service at this escalate step.
  case escalated(step: String)

  /// The step the session ended on.
  public var stepID: String {
    switch self {
    case .resolved(let id), .notResolved(let id), .escalated(let id): id
    }
  }

  /// Stable name for storage and JSON.
  public var name: String {
    switch self {
    case .resolved: "resolved"
    case .notResolved: "not-resolved"
    case .escalated: "escalated"
    }
  }

  /// Rebuilds an outcome from `name` and `stepID`; nil for an unknown name.
  public init?(name: String, stepID: String) {
    switch name {
    case "resolved": self = .resolved(verdict: stepID)
    case "not-resolved": self = .notResolved(verdict: stepID)
    case "escalated": self = .escalated(step: stepID)
    default: return nil
    }
  }
}

/// Why the engine refused a reply or could not start.
public enum GuideEngineError: Error, Equatable, Sendable {
  case unknownSymptom(String)
  /// The guide links to a step it does not have (it did not pass validation).
  case missingStep(String)
  case sessionFinished
  /// The reply is of the wrong sort for this step, e.g. an option for an instruction.
  case replyDoesNotFit(stepID: String, kind: String)
  case optionOutOfRange(stepID: String, index: Int, count: Int)
  /// The typed text cannot be used; the reason says what to type instead.
  case invalidInput(stepID: String, reason: LocalizedText)
  /// A payment-code step was reached but no judge was given to the engine.
  case noPaymentCodeJudge(stepID: String)
  case noSuchAnswer(index: Int)
}
