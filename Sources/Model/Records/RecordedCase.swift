import Foundation

/// A case handed to customer service (95016), followed up until it is closed.
public struct RecordedCase: Equatable, Sendable, Codable {
  public var id: String
  /// The self-check session it came from, if any.
  public var sessionID: String?
  public var openedAt: Date
  public var context: SessionContext
  /// The hand-off sheet as it was read to 95016.
  public var summary: String
  /// The ticket number 95016 gave, and what the cashier was told.
  public var ticket: String?
  public var told: String?
  public var ticketAt: Date?
  public var outcome: CaseOutcome?
  public var closedAt: Date?

  public init(
    id: String, sessionID: String?, openedAt: Date, context: SessionContext, summary: String,
    ticket: String? = nil, told: String? = nil, ticketAt: Date? = nil,
    outcome: CaseOutcome? = nil, closedAt: Date? = nil
  ) {
    self.id = id
    self.sessionID = sessionID
    self.openedAt = openedAt
    self.context = context
    self.summary = summary
    self.ticket = ticket
    self.told = told
    self.ticketAt = ticketAt
    self.outcome = outcome
    self.closedAt = closedAt
  }

  public var isOpen: Bool { closedAt == nil }

  /// Whole seconds the case has been open at `now` (or was, until it closed).
  public func ageSeconds(now: Date) -> Int {
    max(0, Int((closedAt ?? now).timeIntervalSince(openedAt)))
  }
}

/// How a case handed to 95016 ended.
public enum CaseOutcome: String, Equatable, Sendable, Codable, CaseIterable {
  /// The shop fixed it itself on 95016's advice.
  case fixedByUs = "fixed-by-us"
  case sentForRepair = "sent-for-repair"
  case replaced
  /// The acquirer changed the merchant's status (a risk hold lifted, a permission granted).
  case merchantStatusChanged = "merchant-status-changed"
}

/// How long an open case may wait before the console asks for its outcome at start.
public enum CaseFollowUpRule {
  public static let askAfterSeconds = 24 * 60 * 60

  /// Whether `recordedCase` is open and older than a day at `now` (a day exactly does not ask
  /// yet).
  public static func needsOutcome(_ recordedCase: RecordedCase, now: Date) -> Bool {
    recordedCase.isOpen && recordedCase.ageSeconds(now: now) > askAfterSeconds
  }
}
