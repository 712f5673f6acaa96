import Model

extension AppState {
  /// True while a self-check text field takes every printable key, so a `?` in a pasted
  /// self-made QR code is typed instead of opening help (F1 still opens it).
  var isTypingText: Bool {
    guard case .selfCheck(let session) = screen, let engine = session.engine else { return false }
    let step: GuideStep?
    switch session.mode {
    case .step: step = engine.currentStep
    case .change(let index):
      step =
        engine.path.indices.contains(index) ? engine.guide.step(engine.path[index].stepID) : nil
    case .resumeOffer, .chooseSymptom, .summary, .report: step = nil
    }
    if case .input? = step?.kind { return true }
    return false
  }
}
