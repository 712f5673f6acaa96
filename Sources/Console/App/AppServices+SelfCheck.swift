import Foundation
import Model

/// The self-check's storage effects: every answer is written the moment it is given.
extension ServiceWork {
  /// The newest self-check that did not end, with its answers, for the resume offer.
  func unfinishedGuideSession() throws -> ResumableGuideSession? {
    guard let database else { return nil }
    let store = GuideSessionStore(database: database)
    guard let record = try store.unfinished() else { return nil }
    return ResumableGuideSession(record: record, answers: try store.answers(record.id))
  }

  func beginGuideSession(_ engine: GuideEngine, id: String) -> [AppAction] {
    // The unit the session is about is the store's own (`pos-console store set`), and the
    // guide's content names its version: the records need both to learn from the case.
    let settings = database.flatMap { try? TransactionStore(database: $0).loadSettings() }
    let context = SessionContext(
      guideVersion: GuideFingerprint.of(engine.guide), terminalID: settings?.terminalNumber,
      merchantNumber: settings?.merchantNumber)
    return storeGuide("begin \(id)") { store throws(GuideStoreError) in
      _ = try store.begin(engine, id: id, context: context)
    }
  }

  func saveGuideSession(_ engine: GuideEngine, id: String) -> [AppAction] {
    storeGuide("save \(id) steps=\(engine.path.count)") { store throws(GuideStoreError) in
      try store.save(engine, session: id)
    }
  }

  func abandonGuideSession(id: String, at date: Date) -> [AppAction] {
    storeGuide("abandon \(id)") { store throws(GuideStoreError) in
      try store.abandon(session: id, at: date)
    }
  }

  /// Runs one store operation; a failure comes back as an action so the screen can say so.
  private func storeGuide(
    _ what: String, _ body: (GuideSessionStore) throws(GuideStoreError) -> Void
  ) -> [AppAction] {
    guard let database else {
      return [.service(.guideStoreFailed("\(databasePath): not open"))]
    }
    do {
      try body(GuideSessionStore(database: database))
      log.write("self-check: \(what)")
      return []
    } catch {
      return [.service(.guideStoreFailed("\(error)"))]
    }
  }
}
