import Model

/// What an effect run off the loop works with: the services' values when it started. None
/// of them changes afterwards (the loop may reopen the database meanwhile; this keeps the
/// one it had), so the compiler can see there is no race.
struct ServiceWork: Sendable {
  let dataDirectory: String
  let log: EventLog
  let database: AppDatabase?

  /// Where the database lives, for messages that say what could not be opened.
  var databasePath: String { Console.databasePath(inDataDirectory: dataDirectory) }

  /// Carries out an effect that runs off the loop; what it learns comes back as actions.
  func perform(_ effect: AppEffect) -> [AppAction] {
    switch effect {
    case .escalation(let request): performEscalation(request)
    case .guideBegin(let engine, let id): beginGuideSession(engine, id: id)
    case .guideSave(let engine, let id): saveGuideSession(engine, id: id)
    case .guideAbandon(let id, let date): abandonGuideSession(id: id, at: date)
    case .training(let effect): performTraining(effect)
    case .records(let request): performRecords(request)
    case .quit, .log, .persistTerminal: []
    }
  }
}
