import Foundation
import Model

/// The guide home entry 4 runs: the shipped scan self-check, else the first loaded guide.
func selfCheckGuide(_ resources: Resources, id: String = "scan-selfcheck") -> Guide? {
  resources.guides.first { $0.id == id } ?? resources.guides.first
}

/// Opens home entry 4: offers to resume an unfinished session, else asks for the symptom.
func openSelfCheck(in state: AppState) -> (AppState, [AppEffect]) {
  var next = state
  if let pending = state.resources.unfinishedGuide,
    let guide = state.resources.guides.first(where: { $0.id == pending.record.guideID })
  {
    next.screen = .selfCheck(SelfCheckSession(guide: guide, mode: .resumeOffer(pending)))
    return (next, [.log("self-check: offer resume \(pending.record.id)")])
  }
  // Without a guide the symptom list is empty and says what failed to load.
  let guide =
    selfCheckGuide(state.resources)
    ?? Guide(
      id: "", title: LocalizedText(zh: "", en: ""), starts: [], steps: [], file: "", line: 0)
  next.screen = .selfCheck(SelfCheckSession(guide: guide))
  return (next, [.log("open selfCheck")])
}

/// Hands a session that reached an escalate step over to the escalation screen.
///
/// The escalation screen is built separately; until it is wired in, this opens its
/// placeholder. The session ID travels in the log so the case can be found with
/// `pos-console report --session ID`.
func openEscalation(from session: SelfCheckSession, in state: AppState) -> (
  AppState, [AppEffect]
) {
  let (next, effects) = openEscalation(sessionID: session.sessionID, in: state)
  return (next, effects + [.log("self-check: escalate session \(session.sessionID ?? "-")")])
}

/// The judge for payment-code input steps: the simulator's classifier, when its table loaded.
func selfCheckJudge(_ resources: Resources) -> (any PaymentCodeJudging)? {
  resources.codes.map { PaymentCodeTableJudge(table: $0) }
}

/// A new ID for a stored session.
func newSelfCheckSessionID() -> String {
  UUID().uuidString
}
