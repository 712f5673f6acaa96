import Foundation
import Model

/// Which part of the escalation screen is showing.
enum EscalationPane: Equatable, Sendable {
  /// The ordered steps and the 95016 card.
  case steps
  /// The case summary the agent works from, one screen.
  case summary
  /// Merchant-number lookup.
  case lookup
  /// The code-jumping check of a slip against the registered merchant.
  case slipCheck
}

/// The escalation screen's state: what the self-check covered, the saved case summary, and
/// the lookup and code-jumping forms.
struct EscalationSession: Sendable {
  /// The self-check session handed over; nil means "the latest one".
  var sessionID: String?
  var pane: EscalationPane = .steps
  /// What the services read; nil until they answer.
  var context: EscalationContext?
  var saved: EscalationSaveOutcome?
  var lookup = LookupForm()
  var slip: SlipForm
  /// The first line shown of the current pane's scrolled part, clamped in update.
  var scroll = ScrollView()

  init(sessionID: String?, storeMerchantNumber: String) {
    self.sessionID = sessionID
    slip = SlipForm(registered: TextField(text: storeMerchantNumber))
  }

  /// The code-jumping check made on this screen, if any, for the case summary.
  var slipCheckResult: SlipCheckResult? {
    guard case .report(let report) = slip.answer,
      case .decoded(_, _, let check) = report.outcome
    else { return nil }
    return check
  }
}

/// What the services read for the escalation screen.
struct EscalationContext: Sendable {
  /// The self-check session's report; nil when there is none.
  var report: GuideReport?
  /// The directory's record of the store's own merchant number.
  var storeMerchant: MerchantRecord?
  /// When the screen was opened; the case summary is dated with it.
  var openedAt: Date
  /// What could not be read, naming the file or session.
  var problems: [String]
}

/// How saving the case summary went.
enum EscalationSaveOutcome: Equatable, Sendable {
  case saved(path: String)
  case failed(CaseHandOffError)
}

/// The merchant-number lookup form.
struct LookupForm: Sendable {
  var number = TextField()
  var answer: LookupAnswer?
}

/// The fields of the code-jumping form, in the order Tab visits them.
enum SlipFormField: Int, CaseIterable, Sendable {
  case registered
  case slip
  case terminal
}

/// The code-jumping form: the registered number, the slip's number and (optionally) its terminal.
struct SlipForm: Sendable {
  var registered: TextField
  var slip = TextField()
  var terminal = TextField()
  var focus = SlipFormField.slip
  var answer: LookupAnswer?

  subscript(field: SlipFormField) -> TextField {
    get {
      switch field {
      case .registered: registered
      case .slip: slip
      case .terminal: terminal
      }
    }
    set {
      switch field {
      case .registered: registered = newValue
      case .slip: slip = newValue
      case .terminal: terminal = newValue
      }
    }
  }
}

/// What a lookup or slip check came back with.
enum LookupAnswer: Sendable {
  /// Sent to the services; the answer has not come back.
  case pending
  case report(MerchantLookupReport)
  /// The typed number was refused before looking anything up.
  case refused(LocalizedText)
  /// The directory or the code tables could not be used: why, and the technical detail.
  case unavailable(UIText, detail: String)
}
