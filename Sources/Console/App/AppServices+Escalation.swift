import Foundation
import Model

extension ServiceWork {
  /// Carries out the escalation screen's requests: reading the self-check and directory,
  /// looking numbers up, and writing the case summary into the data dir.
  func performEscalation(_ request: EscalationRequest) -> [AppAction] {
    switch request {
    case .load(let sessionID, let guides, let storeNumber):
      return [.service(.escalation(.loaded(escalationContext(sessionID, guides, storeNumber))))]
    case .lookup(let lookup, let tables, let pane):
      return [.service(.escalation(.lookedUp(lookUp(lookup, tables), pane: pane)))]
    case .save(let handOff, let language):
      do {
        let path = try handOff.save(inDirectory: dataDirectory, language: language)
        log.write("case summary saved to \(path)")
        openCase(handOff, language: language, file: path)
        return [.service(.escalation(.saved(.saved(path: path))))]
      } catch {
        log.write("case summary not saved: \(error.message(.en))")
        return [.service(.escalation(.saved(.failed(error))))]
      }
    }
  }

  private func escalationContext(_ sessionID: String?, _ guides: [Guide], _ storeNumber: String)
    -> EscalationContext
  {
    var context = EscalationContext(
      report: nil, storeMerchant: nil, openedAt: Date(), problems: [])
    guard let database else {
      context.problems.append("\(databasePath) (not open)")
      return context
    }
    do {
      let store = GuideSessionStore(database: database)
      let record =
        try sessionID.map { id throws(GuideStoreError) in try store.session(id) }
        ?? store.latest()
      if let record {
        if let guide = guides.first(where: { $0.id == record.guideID }) {
          let (engine, _) = try store.resume(record, guide: guide)
          context.report = GuideReport(engine: engine, sessionID: record.id, state: record.state)
        } else {
          context.problems.append("self-check \(record.id): guide \(record.guideID) not loaded")
        }
      }
    } catch {
      context.problems.append("self-check session: \(error)")
    }
    if let number = try? MerchantNumber(parsing: storeNumber) {
      do {
        context.storeMerchant = try MerchantDirectory(database: database).merchant(number)
      } catch {
        context.problems.append("merchant directory: \(error)")
      }
    }
    return context
  }

  private func lookUp(_ request: MerchantLookupRequest, _ tables: MerchantCodeTables)
    -> LookupAnswer
  {
    guard let database else {
      return .unavailable(.escNoDatabase, detail: "\(databasePath)")
    }
    do {
      let report = try MerchantLookupReport.run(
        request, tables: tables, directory: MerchantDirectory(database: database))
      return .report(report)
    } catch {
      return .unavailable(.escDirectoryFailed, detail: "\(error)")
    }
  }
}
