/// Checks a parsed guide's graph: links, duplicates, reachability and ways out.
public enum GuideValidator {
  /// Options a step may have: one per digit key 1–9.
  public static let maximumOptions = 9

  /// Parses `source` and returns every issue, parse, graph and binding alike, in line order;
  /// menu nodes are checked against `profile` when one is given.
  public static func issues(source: String, file: String, profile: TerminalProfile? = nil)
    -> [GuideIssue]
  {
    let parsed = GuideParser.parse(source, file: file)
    var issues = parsed.issues
    if let guide = parsed.guide {
      issues += graphIssues(guide, broken: parsed.brokenStepIDs)
      issues += bindingIssues(guide, profile: profile)
    }
    return issues.sorted { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
  }

  /// The graph checks alone; `broken` are IDs of steps the parser dropped.
  public static func graphIssues(_ guide: Guide, broken: Set<String> = []) -> [GuideIssue] {
    var issues: [GuideIssue] = []
    func add(_ kind: GuideIssueKind, line: Int, step: String?) {
      issues.append(GuideIssue(kind: kind, file: guide.file, line: line, stepID: step))
    }

    if guide.starts.isEmpty { add(.noStarts, line: guide.line, step: nil) }
    var firstSymptom: [String: Int] = [:]
    for start in guide.starts {
      if let first = firstSymptom[start.symptom] {
        add(.duplicateSymptom(firstLine: first), line: start.line, step: nil)
      } else {
        firstSymptom[start.symptom] = start.line
      }
      if guide.step(start.step) == nil && !broken.contains(start.step) {
        add(.missingStep(field: "step", target: start.step), line: start.line, step: nil)
      }
    }

    var firstLine: [String: Int] = [:]
    var withMissingLinks: Set<String> = []
    for step in guide.steps {
      if let first = firstLine[step.id] {
        add(.duplicateStepID(firstLine: first), line: step.line, step: step.id)
        continue
      }
      firstLine[step.id] = step.line
      // The cashier answers with one digit key, so a tenth option could not be picked.
      if step.kind.options.count > GuideValidator.maximumOptions {
        add(.tooManyOptions(step.kind.options.count), line: step.line, step: step.id)
      }
      for link in step.links where guide.step(link.target) == nil {
        withMissingLinks.insert(step.id)
        if !broken.contains(link.target) {
          add(.missingStep(field: link.field, target: link.target), line: step.line, step: step.id)
        }
      }
    }

    // Dropped steps may hold the links that would make these checks pass: skip them until the
    // parse errors are fixed rather than bury those errors under guesses.
    guard broken.isEmpty else { return issues }
    let reachable = reachableSteps(guide)
    let canFinish = stepsThatCanFinish(guide)
    for step in guide.steps where firstLine[step.id] == step.line {
      if !reachable.contains(step.id) {
        add(.unreachable, line: step.line, step: step.id)
      }
      if !canFinish.contains(step.id) && !withMissingLinks.contains(step.id) {
        add(.noWayOut, line: step.line, step: step.id)
      }
    }
    return issues
  }

  /// Steps some start leads to.
  static func reachableSteps(_ guide: Guide) -> Set<String> {
    var seen: Set<String> = []
    var queue = guide.starts.map(\.step)
    while let id = queue.popLast() {
      guard !seen.contains(id), let step = guide.step(id) else { continue }
      seen.insert(id)
      queue += step.successors
    }
    return seen
  }

  /// Steps from which some path reaches a verdict or an escalation.
  static func stepsThatCanFinish(_ guide: Guide) -> Set<String> {
    var predecessors: [String: [String]] = [:]
    for step in guide.steps {
      for next in step.successors { predecessors[next, default: []].append(step.id) }
    }
    var done: Set<String> = []
    var queue = guide.steps.filter(\.canEndSession).map(\.id)
    while let id = queue.popLast() {
      guard !done.contains(id) else { continue }
      done.insert(id)
      queue += predecessors[id] ?? []
    }
    return done
  }
}
