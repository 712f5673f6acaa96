/// Walks a guide as an honest cashier would, over every way the shop's chance can go. The
/// cashier picks the start whose title says what they see, answers each question with the
/// option whose label says what the shop shows (`GuideLabelReading`), does every action,
/// and at a verdict does its fix (the verdict's own actions): a case is solved only when
/// the shop then works, the case's fixes were done and nothing harmful happened. Where a
/// look is chancy (a camera read) the walk splits, each branch carrying its probability.
public struct GuideProver: Sendable {
  public let guide: Guide
  public let labels: GuideLabelReading
  /// Walks longer than this are reported as going round.
  public var answerLimit = 40
  /// Branches less likely than this are not followed; their probability counts as not proved.
  public var smallest = 1e-9

  public init(guide: Guide) {
    self.guide = guide
    labels = GuideLabelReading(guide: guide)
  }

  /// The start a cashier in `proverCase`'s shop picks, or the reason there is none.
  public func start(for proverCase: ProverCase) -> Result<GuideStart, ProverStartProblem> {
    guard let sees = proverCase.sees else {
      guard let symptom = proverCase.state.symptom, let start = guide.start(symptom) else {
        return .failure(ProverStartProblem(end: .noStart(proverCase.state.symptom ?? "none")))
      }
      return .success(start)
    }
    switch ProverStartPicker.pick(sees, in: guide) {
    case .start(let start): return .success(start)
    case .none:
      return .failure(ProverStartProblem(end: .noStart("no start title says \"\(sees.zh)\"")))
    case .tie(let a, let b):
      return .failure(ProverStartProblem(end: .noStart("\(a) and \(b) read alike")))
    }
  }

  /// Every walk of `proverCase`.
  public func prove(_ proverCase: ProverCase) -> ProverCaseResult {
    var explorer = Explorer(prover: self, proverCase: proverCase)
    switch start(for: proverCase) {
    case .failure(let problem):
      var lost = ProverWalk(case: proverCase.name, start: nil)
      lost.end = problem.end
      return ProverCaseResult(case: proverCase, walks: [lost], chancy: false)
    case .success(let start):
      let walk = ProverWalk(case: proverCase.name, start: start.symptom)
      let state = ProverMeanwhile.take(start, in: proverCase.state)
      explorer.explore(start.step, state, walk)
    }
    return ProverCaseResult(case: proverCase, walks: explorer.leaves, chancy: explorer.chancy)
  }

  fileprivate enum Move {
    case go(String, ShopState, ProverWalk)
    case end(ShopState, ProverWalk)
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
        return finish(state, walk)
      }
      guard walk.answers <= prover.answerLimit else {
        walk.end = .tooLong
        return finish(state, walk)
      }
      guard let step = prover.guide.step(id) else {
        walk.end = .missingStep(id)
        return finish(state, walk)
      }
      walk.path.append(step.id)
      walk.seconds += ProverCost.seconds(step)
      for move in moves(step, state, walk) {
        switch move {
        case .go(let next, let after, let moved): explore(next, after, moved)
        case .end(let after, let ended): finish(after, ended)
        }
      }
    }

    /// Records a finished walk; harm done on the way fails it whatever verdict it reached.
    private mutating func finish(_ state: ShopState, _ walk: ProverWalk) {
      var walk = walk
      var harms = state.harms.map(\.rawValue)
      harms += walk.path.filter { proverCase.harmSteps.contains($0) }.map { "reached \($0)" }
      if !harms.isEmpty { walk.end = .harm(harms) }
      leaves.append(walk)
    }

    private mutating func moves(_ step: GuideStep, _ state: ShopState, _ walk: ProverWalk)
      -> [Move]
    {
      var walk = walk
      // Every step's acts are done first: an instruction's, a question's "do this, then
      // look", a verdict's fix, the hand-over's call.
      let state = apply(step.binding.actions, to: state, walk: &walk)
      switch step.kind {
      case .instruction(let next):
        walk.answers += 1
        return [.go(next, state, walk)]
      case .question, .terminalCheck:
        return look(step, state, walk)
      case .input(let input):
        walk.answers += 1
        return [.go(route(input, state), state, walk)]
      case .verdict(let verdict):
        return [reached(step, verdict, state, walk)]
      case .escalate:
        var ended = walk
        ended.verdicts.append(step.id)
        let right = proverCase.expected.contains(step.id)
        if right, ended.answersToFirstRight == nil { ended.answersToFirstRight = ended.answers }
        let start = walk.start ?? ""
        ended.end = right && state.works(from: start) ? settled(state, ended) : .escalated(step.id)
        return [.end(state, ended)]
      }
    }

    private mutating func look(_ step: GuideStep, _ state: ShopState, _ walk: ProverWalk)
      -> [Move]
    {
      var walk = walk
      guard let id = step.binding.observe, let observation = ShopObservation(rawValue: id) else {
        walk.end = .unbound(step.id)
        return [.end(state, walk)]
      }
      var state = state
      if observation == .pay, state.chargeUnchecked {
        // Scanning again after an unchecked timeout: the first sale may have been charged.
        state.harms.append(.doubleCharge)
      }
      let outcomes = observation.outcomes(in: state)
      if outcomes.count > 1 { chancy = true }
      walk.answers += 1
      let options = step.kind.options
      return outcomes.map { outcome in
        var branch = walk
        var after = state
        branch.probability *= outcome.probability
        if observation == .pay, outcome.value == PayOutcome.timedOut.rawValue {
          after.chargeUnchecked = true
        }
        guard let index = prover.labels.choices[step.id]?[outcome.value] else {
          branch.end = .unreadable(step.id)
          return .end(after, branch)
        }
        guard options.indices.contains(index) else {
          branch.end = .noOption(step: step.id, value: outcome.value)
          return .end(after, branch)
        }
        branch.picked.append("\(step.id)#\(index + 1)")
        return .go(options[index].next, after, branch)
      }
    }

    private func apply(_ actions: [String], to state: ShopState, walk: inout ProverWalk)
      -> ShopState
    {
      var state = state
      for action in actions.compactMap(ShopAction.init(rawValue:)) {
        state = action.apply(to: state)
        walk.done.append(action.rawValue)
      }
      return state
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

    /// How a walk whose shop works again ends: solved, or with fixes still undone.
    private func settled(_ state: ShopState, _ walk: ProverWalk) -> ProverEnd {
      if proverCase.source != "case book" {
        return state.faults.isEmpty ? .solved : .leftUnfound(state.faults)
      }
      let missing = proverCase.mustDo.filter { !walk.done.contains($0) }
      return missing.isEmpty ? .solved : .leftUndone(missing)
    }

    private func reached(
      _ step: GuideStep, _ verdict: GuideVerdict, _ state: ShopState, _ walk: ProverWalk
    ) -> Move {
      var walk = walk
      walk.verdicts.append(step.id)
      let right = proverCase.expected.contains(step.id)
      if right, walk.answersToFirstRight == nil { walk.answersToFirstRight = walk.answers }
      if state.works(from: walk.start ?? "") {
        // The cashier sees it work and stops there, believing this verdict.
        guard right else {
          walk.end = .wrongVerdict(step.id)
          return .end(state, walk)
        }
        if let says = proverCase.says, let title = step.title,
          !title.zh.contains(says.zh) || !title.en.lowercased().contains(says.en.lowercased())
        {
          walk.end = .saysOtherwise(step.id)
          return .end(state, walk)
        }
        walk.end = settled(state, walk)
        return .end(state, walk)
      }
      guard let next = verdict.ifNotFixed else {
        walk.end = .notFixedNoWayOn(step.id)
        return .end(state, walk)
      }
      walk.answers += 1
      return .go(next, state, walk)
    }
  }
}

/// Why no start could be picked for a case.
public struct ProverStartProblem: Error, Equatable, Sendable {
  public var end: ProverEnd
}
