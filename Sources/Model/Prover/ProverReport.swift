import Foundation

/// Every case of one `guides prove` run, walked over every outcome of the shop's chance,
/// with the figures per start and the text to print.
public struct ProverReport: Equatable, Sendable, Codable {
  public var results: [ProverCaseResult]
  public var starts: [ProverStartFigures]
  /// Labels that say the wrong value, two values or none (`GuideLabelReading`).
  public var labelFindings: [GuideLabelReading.Finding]
  public var coverage: ProverCoverage
  /// One hostile walk per start (`ProverHostileWalk`).
  public var hostile: [ProverHostileWalk]
  /// Cycles, starts without a way to take the payment, a foreign version threshold.
  public var guideFindings: [String]
  /// Problems of the case book itself (set by the caller that read it).
  public var bookProblems: [String] = []

  public var passed: Bool {
    // A step no case walks is a part of the guide the proof says nothing about.
    results.allSatisfy(\.passed) && labelFindings.isEmpty && bookProblems.isEmpty
      && guideFindings.isEmpty && hostile.allSatisfy(\.passed)
      && (coverage.unvisitedSteps.isEmpty || !results.contains { $0.case.source == "case book" })
  }
  public var exitCode: Int32 { passed ? 0 : 1 }

  /// Proves every case of `cases` through `guide`.
  public init(guide: Guide, cases: [ProverCase]) {
    let prover = GuideProver(guide: guide)
    let results = cases.map(prover.prove)
    self.results = results
    labelFindings = prover.labels.findings
    coverage = ProverCoverage(guide: guide, results: results)
    guideFindings = ProverGuideChecks.findings(guide)
    hostile = guide.starts.map { ProverHostileWalk(guide: guide, start: $0) }
    starts = guide.starts.map { start in
      let from = results.filter { $0.walks.first?.start == start.symptom }
      let answers = from.compactMap(\.expectedAnswersToRight)
      let most = from.flatMap(\.walks).compactMap(\.answersToFirstRight).max()
      return ProverStartFigures(
        symptom: start.symptom, cases: answers.count, medianToRight: Self.median(answers),
        maximumToRight: most,
        fewestToCustomerService: Self.fewestAnswers(
          guide, from: start.step, to: Self.customerService(guide)),
        toCustomerService: Self.answersOnEveryPath(
          guide, from: start.step, to: Self.customerService(guide)
        ).map(Double.init))
    }
  }

  /// The steps on which the cashier is told to call 95016: those that hand the case over
  /// (customer service or its repair desk), and verdicts whose fix is to call it.
  public static func customerService(_ guide: Guide) -> Set<String> {
    Set(
      guide.steps.filter { step in
        switch step.kind {
        case .escalate: true
        case .verdict(let verdict): verdict.fix.zh.contains("95016")
        default: false
        }
      }.map(\.id))
  }

  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 { return sorted[middle] }
    return (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// Fewest answers on any path from `from` to one of `targets` (each step passed is one answer).
  static func fewestAnswers(_ guide: Guide, from: String, to targets: Set<String>) -> Int? {
    var distance = [from: 0]
    var queue = [from]
    while !queue.isEmpty {
      let id = queue.removeFirst()
      if targets.contains(id) { return distance[id] }
      guard let step = guide.step(id) else { continue }
      for next in step.successors where distance[next] == nil {
        distance[next] = (distance[id] ?? 0) + 1
        queue.append(next)
      }
    }
    return nil
  }

  /// Answers on every path from `from` to one of `targets` that visits no step twice (each
  /// path ends at the first target it meets): how long a cashier can be led before being
  /// offered 95016.
  static func answersOnEveryPath(_ guide: Guide, from: String, to targets: Set<String>) -> [Int] {
    var lengths: [Int] = []
    var onPath: Set<String> = []
    func visit(_ id: String, _ depth: Int) {
      if targets.contains(id) {
        lengths.append(depth)
        return
      }
      guard let step = guide.step(id), onPath.insert(id).inserted else { return }
      for next in Set(step.successors) { visit(next, depth + 1) }
      onPath.remove(id)
    }
    visit(from, 0)
    return lengths
  }

  /// One line per case, then the figures per start.
  public func text() -> String {
    var out = ""
    for result in results {
      let mark = result.passed ? "ok  " : "FAIL"
      let shown = result.passed ? result.walks.first : result.firstFailure
      let verdict = shown.map { $0.verdicts.isEmpty ? "-" : $0.verdicts.joined(separator: ",") }
      out += "\(mark) \(result.case.source) \(result.case.name): "
      out += "P(right) \(Self.format(result.probabilityRight, places: 4))"
      out += result.chancy ? " (chance), " : ", "
      out += "\(Self.format(result.expectedAnswers, places: 1)) answers, "
      out += "\(Self.format(result.expectedSeconds, places: 0)) s expected; "
      if let shown {
        out +=
          "\(result.passed ? "likeliest" : "failing") walk (p \(Self.format(shown.probability, places: 4))): "
        out += "start \(shown.start ?? "-"), verdict \(verdict ?? "-"), \(describe(shown.end))\n"
        out += "     \(shown.path.joined(separator: " → "))\n"
      } else {
        out += "\n"
      }
    }
    out += "\nper start (answers to the right verdict; answers until 95016 is offered):\n"
    for figures in starts {
      let median = figures.medianToRight.map { Self.format($0, places: 1) } ?? "-"
      let maximum = figures.maximumToRight.map { String($0) } ?? "-"
      let service = figures.fewestToCustomerService.map { String($0) } ?? "none"
      let serviceMedian = figures.medianToCustomerService.map { Self.format($0, places: 1) } ?? "-"
      let longest = figures.mostToCustomerService.map { String($0) } ?? "none"
      out += "  \(figures.symptom): \(figures.cases) found, median \(median), max \(maximum); "
      out += "95016 over \(figures.pathsToCustomerService) paths: fewest \(service), "
      out += "median \(serviceMedian), most \(longest)\n"
    }
    out += "\nexpected seconds to a working unit per start (cases weighted by their prior):\n"
    for start in starts {
      let from = results.filter { $0.walks.first?.start == start.symptom }
      let weight = from.reduce(0) { $0 + $1.case.prior }
      guard weight > 0 else { continue }
      let seconds = from.reduce(0) { $0 + $1.case.prior * $1.expectedSeconds } / weight
      out += "  \(start.symptom): \(Self.format(seconds, places: 0)) s over \(from.count) cases\n"
    }
    out += "\nhostile walks (last option, every fix not fixed; 95016 within "
    out += "\(ProverHostileWalk.bound) answers):\n"
    for walk in hostile {
      out += "  \(walk.passed ? "ok  " : "FAIL") \(walk.symptom): \(walk.answers) answers to "
      out += "\(walk.reached ?? "no 95016 (goes round or stops)")\n"
    }
    out += "\n" + coverage.text()
    if !labelFindings.isEmpty {
      out += "\nlabels a cashier would misread:\n"
      for finding in labelFindings { out += "  \(finding)\n" }
    }
    for problem in bookProblems { out += "case book: \(problem)\n" }
    for finding in guideFindings { out += "guide: \(finding)\n" }
    let failed = results.filter { !$0.passed }.count
    out += "\n\(results.count) cases, \(results.count - failed) proved, \(failed) failed\n"
    return out
  }

  /// `value` with `places` decimals, for the printed figures.
  static func format(_ value: Double, places: Int) -> String {
    String(format: "%.\(places)f", value)
  }

  private func describe(_ end: ProverEnd) -> String {
    switch end {
    case .solved: "solved"
    case .wrongVerdict(let id): "wrong verdict \(id)"
    case .escalated(let id): "handed over at \(id)"
    case .unbound(let id): "step \(id) is not bound to an observation"
    case .noOption(let step, let value): "no option of \(step) stands for \"\(value)\""
    case .leftUnfound(let faults):
      "payment goes through, still unfound: \(faults.map(\.rawValue).joined(separator: ", "))"
    case .notFixedNoWayOn(let id): "\(id) did not fix it and leads nowhere"
    case .missingStep(let id): "missing step \(id)"
    case .noStart(let symptom): "no start for symptom \(symptom)"
    case .tooLong: "too many answers (goes round)"
    case .pruned: "branches too unlikely to follow"
    case .saysOtherwise(let id): "\(id)'s title does not say the case's cause"
    case .leftUndone(let actions):
      "the shop works, but not done: \(actions.joined(separator: ", "))"
    case .harm(let harms): "harm: \(harms.joined(separator: ", "))"
    case .unreadable(let id): "no option of \(id) says what the cashier sees"
    }
  }
}

/// The figures for one start: how quickly its cases reach their right verdict and how soon
/// customer service is offered.
public struct ProverStartFigures: Equatable, Sendable, Codable {
  public var symptom: String
  /// Cases from this start that reached a right verdict.
  public var cases: Int
  public var medianToRight: Double?
  public var maximumToRight: Int?
  public var fewestToCustomerService: Int?
  /// Over every path that visits no step twice and ends where 95016 is offered.
  public var pathsToCustomerService: Int
  public var medianToCustomerService: Double?
  public var mostToCustomerService: Int?

  public init(
    symptom: String, cases: Int, medianToRight: Double?, maximumToRight: Int?,
    fewestToCustomerService: Int?, toCustomerService: [Double]
  ) {
    self.symptom = symptom
    self.cases = cases
    self.medianToRight = medianToRight
    self.maximumToRight = maximumToRight
    self.fewestToCustomerService = fewestToCustomerService
    pathsToCustomerService = toCustomerService.count
    medianToCustomerService = ProverReport.median(toCustomerService)
    mostToCustomerService = toCustomerService.max().map { Int($0) }
  }
}
