import Model

/// The records screen's words in English.
enum RecordsScreenTextEn {
  static func text(_ text: RecordsScreenText) -> String {
    switch text {
    case .title: return "Records and follow-up"
    case .loading: return "Reading the records…"
    case .failed(let why): return "The records cannot be read: \(why)"
    case .careHeading: return "Routine care (Enter ticks)"
    case .careDone(let item): return "☑ " + item.en
    case .careOverdue(let item): return "☐ " + item.en + "  ← due"
    case .casesHeading(let count):
      return "Open cases with 95016: \(count) (Enter records the outcome, T the ticket)"
    case .noOpenCases: return "No open cases"
    case .caseRow(let summary, let hours, let ticket):
      return "\(summary) · open \(hours) h · " + (ticket.map { "ticket \($0)" } ?? "no ticket yet")
    case .askOutcome: return "This case has been open over a day: how did it end?"
    case .outcome(let outcome):
      switch outcome {
      case .fixedByUs: return "We fixed it ourselves"
      case .sentForRepair: return "Unit sent for repair"
      case .replaced: return "Unit replaced"
      case .merchantStatusChanged: return "Merchant status changed"
      }
    case .chooseOutcome: return "Press 1–4 for the outcome, Esc to cancel"
    case .ticketPrompt: return "95016 ticket number: "
    case .unitsHeading: return "Units to replace"
    case .quoteNumbers(let terminal, let merchant):
      return "call 95016 with merchant \(merchant), terminal \(terminal)"
    case .replaceUnit(let terminal, let hardware):
      return "Terminal \(terminal): \(hardware) hardware faults in 30 days: ask for a replacement"
    case .noUnitToReplace: return "None (shown at 3 or more hardware faults in 30 days)"
    case .startsHeading: return "Results per start"
    case .startLine(let start, let resolved, let escalated, let abandoned, let total):
      return
        "\(start): \(total) sessions, \(resolved) resolved, \(escalated) escalated, \(abandoned) abandoned"
    }
  }
}

extension CareItem {
  fileprivate var en: String { RecordsText.careItem(self)(.en) }
}
