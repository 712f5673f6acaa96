import Foundation

/// A saved self-check session as the store holds it.
public struct GuideSessionRecord: Equatable, Sendable {
  public var id: String
  public var guideID: String
  public var symptom: String
  public var startedAt: Date
  /// When the last answer or state change was saved.
  public var updatedAt: Date
  public var finishedAt: Date?
  public var state: GuideSessionState

  public init(
    id: String, guideID: String, symptom: String, startedAt: Date, updatedAt: Date,
    finishedAt: Date?, state: GuideSessionState
  ) {
    self.id = id
    self.guideID = guideID
    self.symptom = symptom
    self.startedAt = startedAt
    self.updatedAt = updatedAt
    self.finishedAt = finishedAt
    self.state = state
  }
}

/// Whether a saved session is still open, ended, or was set aside by the cashier.
public enum GuideSessionState: Equatable, Sendable {
  case open
  case finished(GuideOutcome)
  /// The cashier chose not to resume it.
  case abandoned
}

/// Why the store could not read or write a session.
public enum GuideStoreError: Error, Equatable, Sendable {
  /// SQLite refused the operation; `operation` says what was being done.
  case database(operation: String, message: String)
  case noSuchSession(String)
  /// A saved answer cannot be decoded; the session is named so it can be inspected.
  case unreadableAnswer(sessionID: String, position: Int)
  case unknownOutcome(sessionID: String, value: String)
}
