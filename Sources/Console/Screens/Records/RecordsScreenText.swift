import Model

/// Every text the records screen shows, by meaning; the words live in one table per
/// language (`RecordsScreenTextZh`, `RecordsScreenTextEn`).
enum RecordsScreenText: Equatable, Sendable {
  case title
  case loading
  case failed(String)
  case careHeading
  case careDone(CareItem)
  case careOverdue(CareItem)
  case casesHeading(Int)
  case noOpenCases
  case caseRow(summary: String, hours: Int, ticket: String?)
  case askOutcome
  case outcome(CaseOutcome)
  case chooseOutcome
  case ticketPrompt
  case unitsHeading
  case replaceUnit(terminal: String, hardware: Int)
  case quoteNumbers(terminal: String, merchant: String)
  case noUnitToReplace
  case startsHeading
  case startLine(start: String, resolved: Int, escalated: Int, abandoned: Int, total: Int)

  func callAsFunction(_ language: Language) -> String {
    switch language {
    case .zh: RecordsScreenTextZh.text(self)
    case .en: RecordsScreenTextEn.text(self)
    }
  }
}
