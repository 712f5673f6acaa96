import Model

/// Work the escalation screen asks the services for (database, files, clock).
enum EscalationRequest: Sendable {
  /// Read the self-check session (nil: the latest) and the store's directory record.
  case load(sessionID: String?, guides: [Guide], storeMerchantNumber: String)
  /// Look a number up in the directory (and check a slip); the answer goes to `pane`.
  case lookup(MerchantLookupRequest, tables: MerchantCodeTables, pane: EscalationPane)
  /// Write the case summary into the data dir.
  case save(CaseHandOff, Language)
}

/// What the services answer to an `EscalationRequest`.
enum EscalationEvent: Sendable {
  case loaded(EscalationContext)
  case lookedUp(LookupAnswer, pane: EscalationPane)
  case saved(EscalationSaveOutcome)
}
