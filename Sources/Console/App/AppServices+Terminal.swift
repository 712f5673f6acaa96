import Model

extension AppServices {
  /// Stores what the simulated terminal reported, so a restart keeps the batch.
  func persistTerminal(_ events: [TerminalEvent], ledger: TerminalLedger) -> [AppAction] {
    guard let database else {
      return [.service(.terminalStoreFailed("\(databasePath) is not open"))]
    }
    do {
      try TransactionStore(database: database).persist(events, ledger: ledger)
      return []
    } catch {
      log.write("terminal store: \(error)")
      return [.service(.terminalStoreFailed("\(databasePath): \(error)"))]
    }
  }
}
