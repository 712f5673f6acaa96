import Foundation
import Model

extension ServiceWork {
  /// Carries out the records screen's requests: a change first (in its own transaction), then
  /// the overview read again, so the screen always shows what is stored.
  func performRecords(_ request: RecordsRequest) -> [AppAction] {
    guard let database else {
      return [.service(.records(.failed("\(databasePath) (not open)")))]
    }
    let now: Date
    let offset: Int
    do {
      switch request {
      case .load(let at, let utc):
        (now, offset) = (at, utc)
      case .tick(let item, let at, let utc):
        (now, offset) = (at, utc)
        try CareStore(database: database).tick(item, at: at)
        log.write("records: care \(item.rawValue) ticked")
      case .ticket(let id, let ticket, let at, let utc):
        (now, offset) = (at, utc)
        try CaseStore(database: database).recordTicket(case: id, ticket: ticket, told: "", at: at)
        log.write("records: case \(id) ticket recorded")
      case .close(let id, let outcome, let at, let utc):
        (now, offset) = (at, utc)
        try CaseStore(database: database).close(case: id, outcome: outcome, at: at)
        log.write("records: case \(id) closed: \(outcome.rawValue)")
      }
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(secondsFromGMT: offset) ?? .current
      let summary = try RecordsHomeSummary.read(database: database, now: now, calendar: calendar)
      let overview = RecordsOverview(
        summary: summary, openCases: try CaseStore(database: database).openCases(),
        care: try CareStore(database: database).status(now: now, calendar: calendar),
        stats: try RecordsStatsQuery(
          since: now.addingTimeInterval(-365 * 86_400), hardwareVerdicts: hardwareVerdicts,
          utcOffsetSeconds: offset
        ).run(on: database, now: now), readAt: now)
      return [.service(.records(.loaded(overview)))]
    } catch {
      log.write("records: \(error)")
      return [.service(.records(.failed("\(error)")))]
    }
  }

  /// The shipped guide's hardware verdicts: the camera and the device.
  private var hardwareVerdicts: Set<String> {
    ["verdict.camera-broken", "verdict.device-fault"]
  }
}

extension ServiceWork {
  /// A hand-off saved for 95016 is a case until its outcome is recorded (on the records
  /// screen); the same sheet saved twice (the same file) stays one case.
  func openCase(_ handOff: CaseHandOff, language: Language, file: String) {
    guard let database else { return }
    let recorded = RecordedCase(
      id: URL(fileURLWithPath: file).lastPathComponent, sessionID: nil,
      openedAt: handOff.createdAt,
      context: SessionContext(
        terminalID: handOff.terminal?.value, merchantNumber: handOff.merchantNumber?.digits),
      summary: handOff.problem(language) + (handOff.cause.map { " → " + $0(language) } ?? ""))
    do {
      try CaseStore(database: database).open(recorded)
      log.write("records: case \(recorded.id) opened")
    } catch {
      log.write("records: case not opened: \(error)")
    }
  }
}
