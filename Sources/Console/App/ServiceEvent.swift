import Model

/// What the services answer, routed to the screen on show.
enum ServiceEvent: Sendable {
  case escalation(EscalationEvent)
  case training(TrainingEvent)
  case records(RecordsEvent)
  /// A self-check session could not be saved; the text says what failed.
  case guideStoreFailed(String)
  /// The simulated terminal's records could not be stored (what and why).
  case terminalStoreFailed(String)
  /// The store's answer to the unit's request to journal a transaction.
  case terminalRecorded(RecordingOutcome)
}
