/// Walks a guide as an honest cashier would, over every way the shop's chance can go:
/// every question answered from what the shop's state shows, every instruction's action
/// done, every verdict's fix applied. Where a look is chancy (a camera read) the walk
/// splits, each branch carrying its probability, so the proof is exact rather than sampled.
public struct GuideProver: Sendable {
  public let guide: Guide
  /// Walks longer than this are reported as going round.
  public var answerLimit = 60
  /// Branches less likely than this are not followed; their probability counts as not proved.
  public var smallest = 1e-9

  public init(guide: Guide) {
    self.guide = guide
  }

  /// Every walk of `proverCase` from the start its state shows.
  public func prove(_ proverCase: ProverCase) -> ProverCaseResult {
    var explorer = Explorer(prover: self, proverCase: proverCase)
    let start = proverCase.state.symptom
    let walk = ProverWalk(case: proverCase.name, start: start)
    guard let symptom = start, let first = guide.start(symptom) else {
      var lost = walk
      lost.end = .noStart(start ?? "none")
      return ProverCaseResult(case: proverCase, walks: [lost], chancy: false)
    }
    explorer.explore(first.step, proverCase.state, walk)
    return ProverCaseResult(case: proverCase, walks: explorer.leaves, chancy: explorer.chancy)
  }

  fileprivate enum Move {
    case go(String, ShopState, ProverWalk)
    case end(ProverWalk)
  }

  private struct Explorer {
    let prover: GuideProver
    let proverCase: ProverCase
    var leaves: [ProverWalk] = []
    var chancy = false

    mutating func explore(_ id: String, _ state: ShopState, _ walk: ProverWalk) {
      var walk = walk
      guard walk.probability >= prover.smallest else {
        walk.end = .pruned
        leaves.append(walk)
        return
      }
      guard walk.answers <= prover.answerLimit else {
        walk.end = .tooLong
        leaves.append(walk)
        return
      }
      guard let step = prover.guide.step(id) else {
        walk.end = .missingStep(id)
        leaves.append(walk)
        return
      }
      walk.path.append(step.id)
      walk.seconds += ProverCost.seconds(step)
      for move in moves(step, state, walk) {
        switch move {
        case .go(let next, let after, let moved): explore(next, after, moved)
        case .end(let ended): leaves.append(ended)
        }
      }
    }

    private mutating func moves(_ step: GuideStep, _ state: ShopState, _ walk: ProverWalk)
      -> [Move]
    {
      var state = state
      var walk = walk
      switch step.kind {
      case .instruction(let next):
        state = apply(step.binding.actions, to: state)
        walk.answers += 1
        return [.go(next, state, walk)]
      case .question, .terminalCheck:
        // "Do this, then: does it read?" is one step for the cashier: act, then look.
        state = apply(step.binding.actions, to: state)
        guard let id = step.binding.observe, let observation = ShopObservation(rawValue: id)
        else {
          walk.end = .unbound(step.id)
          return [.end(walk)]
        }
        let outcomes = observation.outcomes(in: state)
        if outcomes.count > 1 { chancy = true }
        walk.answers += 1
        return outcomes.map { outcome in
          var branch = walk
          branch.probability *= outcome.probability
          guard let option = step.kind.options.first(where: { $0.values.contains(outcome.value) })
          else {
            branch.end = .noOption(step: step.id, value: outcome.value)
            return .end(branch)
          }
          return .go(option.next, state, branch)
        }
      case .input(let input):
        walk.answers += 1
        return [.go(route(input, state), state, walk)]
      case .verdict(let verdict):
        return [reached(step.id, verdict, state, walk)]
      case .escalate:
        walk.end = .escalated(step.id)
        return [.end(walk)]
      }
    }

    private func apply(_ actions: [String], to state: ShopState) -> ShopState {
      actions.compactMap(ShopAction.init(rawValue:)).reduce(state) { $1.apply(to: $0) }
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
      _ id: String, _ verdict: GuideVerdict, _ state: ShopState, _ walk: ProverWalk
    ) -> Move {
      var walk = walk
      var state = state
      walk.verdicts.append(id)
      guard proverCase.expected.contains(id) else {
        walk.end = .wrongVerdict(id)
        return .end(walk)
      }
      if walk.answersToFirstRight == nil { walk.answersToFirstRight = walk.answers }
      if let fault = ScanFault.allCases.first(where: { ProverCase.verdict(for: $0) == id }) {
        state = state.fixing(fault)
      }
      if !state.stillFails(from: walk.start ?? "") {
        // The cashier sees it work and stops; what is still wrong stays unfound.
        walk.end = state.faults.isEmpty ? .solved : .leftUnfound(state.faults)
        return .end(walk)
      }
      guard let next = verdict.ifNotFixed else {
        walk.end = .notFixedNoWayOn(id)
        return .end(walk)
      }
      walk.answers += 1
      return .go(next, state, walk)
    }
  }
}
