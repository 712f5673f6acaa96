import Model

/// The guide home entry 4 runs: the shipped scan self-check, else the first loaded guide.
func selfCheckGuide(_ resources: Resources, id: String = "scan-selfcheck") -> Guide? {
  resources.guides.first { $0.id == id } ?? resources.guides.first
}

/// The judge for payment-code input steps: the simulator's classifier, when its table loaded.
func selfCheckJudge(_ resources: Resources) -> (any PaymentCodeJudging)? {
  resources.codes.map { PaymentCodeTableJudge(table: $0) }
}

extension SelfCheckSession {
  /// Opens home entry 4: offers to resume an unfinished session, else asks for the symptom.
  static func open(_ context: ScreenContext) -> (Self, ScreenOutcome<SelfCheckEffect>) {
    if let pending = context.resources.unfinishedGuide,
      let guide = context.resources.guides.first(where: { $0.id == pending.record.guideID })
    {
      return (
        SelfCheckSession(guide: guide, mode: .resumeOffer(pending)),
        ScreenOutcome(logs: ["self-check: offer resume \(pending.record.id)"])
      )
    }
    // Without a guide the symptom list is empty and says what failed to load.
    let guide =
      selfCheckGuide(context.resources)
      ?? Guide(
        id: "", title: .each { _ in "" }, starts: [], steps: [], file: "", line: 0)
    return (SelfCheckSession(guide: guide), ScreenOutcome(logs: ["open selfCheck"]))
  }
}
