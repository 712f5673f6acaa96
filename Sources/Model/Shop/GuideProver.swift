/// Walks a guide as an honest cashier would: every question answered from what the shop's
/// state shows, every instruction's action done, every verdict's fix applied. Seeded, so a
/// walk replays exactly.
public struct GuideProver: Sendable {
  public let guide: Guide
  public var seed: UInt64
  /// Walks longer than this are reported as going round.
  public var answerLimit = 60

  public init(guide: Guide, seed: UInt64 = 1) {
    self.guide = guide
    self.seed = seed
  }

  /// Walks `proverCase` from the start its state shows.
  public func walk(_ proverCase: ProverCase) -> ProverWalk {
    var walk = ProverWalk(
      case: proverCase, seed: seed, start: proverCase.state.symptom, path: [], answers: 0,
      verdicts: [],
      end: .tooLong)
    guard let symptom = walk.start, let start = guide.start(symptom) else {
      walk.end = .noStart(walk.start ?? "none")
      return walk
    }
    var state = proverCase.state
    var rng = SplitMix64(seed: seed)
    var current = start.step
    while walk.answers <= answerLimit {
      guard let step = guide.step(current) else {
        walk.end = .missingStep(current)
        return walk
      }
      walk.path.append(step.id)
      switch next(step, state: &state, rng: &rng, walk: &walk) {
      case .go(let id):
        current = id
      case .end(let end):
        walk.end = end
        return walk
      }
    }
    return walk
  }

  private enum Move {
    case go(String)
    case end(ProverEnd)
  }

  private func next(
    _ step: GuideStep, state: inout ShopState, rng: inout SplitMix64, walk: inout ProverWalk
  ) -> Move {
    switch step.kind {
    case .instruction(let next):
      for action in step.binding.actions.compactMap(ShopAction.init(rawValue:)) {
        state = action.apply(to: state)
      }
      walk.answers += 1
      return .go(next)
    case .question, .terminalCheck:
      // "Do this, then: does it read?" is one step for the cashier: act, then look.
      for action in step.binding.actions.compactMap(ShopAction.init(rawValue:)) {
        state = action.apply(to: state)
      }
      let options = step.kind.options
      guard let id = step.binding.observe, let observation = ShopObservation(rawValue: id) else {
        return .end(.unbound(step.id))
      }
      let value = observation.value(in: state, rng: &rng)
      guard let option = options.first(where: { $0.values.contains(value) }) else {
        return .end(.noOption(step: step.id, value: value))
      }
      walk.answers += 1
      return .go(option.next)
    case .input(let input):
      walk.answers += 1
      return .go(route(input, state))
    case .verdict(let verdict):
      return reached(step.id, verdict, state: &state, walk: &walk)
    case .escalate:
      return .end(.escalated(step.id))
    }
  }

  private func route(_ input: GuideInput, _ state: ShopState) -> String {
    switch input {
    case .version(let version):
      return state.firmware < version.minimum ? version.below : version.atLeast
    case .paymentCode(let code):
      let unsupported = state.phone.code == .selfMade || !state.phone.wallet.accepted
      return unsupported ? code.unsupported : code.supported
    }
  }

  private func reached(
    _ id: String, _ verdict: GuideVerdict, state: inout ShopState, walk: inout ProverWalk
  ) -> Move {
    walk.verdicts.append(id)
    guard walk.case.expected.contains(id) else { return .end(.wrongVerdict(id)) }
    if walk.answersToFirstRight == nil { walk.answersToFirstRight = walk.answers }
    if let fault = ScanFault.allCases.first(where: { ProverCase.verdict(for: $0) == id }) {
      state = state.fixing(fault)
    }
    if !state.stillFails(from: walk.start ?? "") {
      // The cashier sees it work and stops; what is still wrong stays unfound.
      return .end(state.faults.isEmpty ? .solved : .leftUnfound(state.faults))
    }
    guard let next = verdict.ifNotFixed else { return .end(.notFixedNoWayOn(id)) }
    walk.answers += 1
    return .go(next)
  }
}
