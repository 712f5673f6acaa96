import Foundation

/// Mutation testing for guide authors: each operator makes one wrong copy of the guide (two
/// labels swapped, a verdict's fix dropped, a branch looped…); a mutant is killed when
/// `guides prove` or `guides validate --strict` fails on it. The score says how much of the
/// guide the proof actually checks; the survivors say where it does not.
public struct GuideMutant: Equatable, Sendable {
  /// What was changed, e.g. "swap labels of read.window options 1 and 2".
  public var name: String
  public var source: String
}

public enum GuideMutation {
  /// Every mutant of `source` (a guide's text) that differs from it.
  public static func mutants(of source: String, guide: Guide) -> [GuideMutant] {
    var out: [GuideMutant] = []
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    func add(_ name: String, _ changed: [String]) {
      let text = changed.joined(separator: "\n")
      if text != source { out.append(GuideMutant(name: name, source: text)) }
    }
    func labelRange(_ line: String) -> Range<String.Index>? {
      guard let start = line.range(of: "{ zh = "), let end = line.range(of: ", next = ") else {
        return nil
      }
      return start.upperBound..<end.lowerBound
    }
    for step in guide.steps {
      let options = step.kind.options
      let first = step.binding.firstOptionLine - 1
      // Swap the labels of neighbouring options (values and next kept).
      for index in options.indices.dropLast() where first >= 0 {
        var copy = lines
        let a = first + index
        let b = a + 1
        guard b < copy.count, let ra = labelRange(copy[a]), let rb = labelRange(copy[b]) else {
          continue
        }
        let la = String(copy[a][ra])
        let lb = String(copy[b][rb])
        copy[a].replaceSubrange(ra, with: lb)
        copy[b].replaceSubrange(labelRange(copy[b]) ?? rb, with: la)
        add("swap labels of \(step.id) options \(index + 1) and \(index + 2)", copy)
      }
      // Reroute each option to the hand-over.
      for index in options.indices where first >= 0 && first + index < lines.count {
        var copy = lines
        copy[first + index] = copy[first + index].replacingOccurrences(
          of: "next = \"\(options[index].next)\"", with: "next = \"escalate.customer-service\"")
        add("reroute \(step.id) option \(index + 1) to escalate.customer-service", copy)
      }
      // Drop the step's acts (a verdict's fix, a question's "do this first").
      if step.binding.actionLine > 0 {
        var copy = lines
        copy.remove(at: step.binding.actionLine - 1)
        add("drop the action of \(step.id)", copy)
      }
      // Loop a verdict back to its guide's first step.
      if case .verdict = step.kind,
        let start = guide.starts.first(where: { reaches(guide, from: $0.step, to: step.id) })?.step
      {
        add(
          "loop \(step.id) back to \(start)",
          replaceLine(
            lines, prefix: "if_not_fixed = ", after: step.line,
            with: "if_not_fixed = \"\(start)\""))
      }
    }
    // Swap the titles of neighbouring verdicts, and of neighbouring starts.
    let verdicts = guide.steps.filter { if case .verdict = $0.kind { true } else { false } }
    for (a, b) in zip(verdicts, verdicts.dropFirst()) {
      add(
        "swap the titles of \(a.id) and \(b.id)",
        swapLines(lines, prefix: "title = ", after: a.line, b.line))
    }
    for (a, b) in zip(guide.starts, guide.starts.dropFirst()) {
      add(
        "swap the titles of starts \(a.symptom) and \(b.symptom)",
        swapLines(lines, prefix: "title = ", after: a.line, b.line))
      add(
        "blank the meanwhile of \(a.symptom)",
        replaceLine(
          lines, prefix: "meanwhile = ", after: a.line,
          with:
            "meanwhile = { zh = \"\(GuideMutationZh.followTheSteps)\", en = \"Follow the steps.\" }"
        ))
    }
    add(
      "set the minimum firmware to 9.0.0",
      lines.map {
        $0.hasPrefix("minimum = ") ? "minimum = \"9.0.0\"" : $0
      })
    add(
      "restart becomes a factory reset",
      lines.map {
        $0 == "action = \"act.restart\"" ? "action = \"act.factory-reset\"" : $0
      })
    add(
      "no charge check after a timeout",
      lines.map {
        $0.replacingOccurrences(of: "\"act.check-charge\", ", with: "")
          .replacingOccurrences(of: "action = \"act.check-charge\"", with: "topics = [\"network\"]")
      }.filter { $0 != "topics = [\"network\"]" })
    add(
      "wrong PIN and insufficient funds sent to 95016",
      lines.map {
        $0.replacingOccurrences(
          of: "next = \"verdict.wrong-pin\"", with: "next = \"escalate.customer-service\""
        )
        .replacingOccurrences(
          of: "next = \"verdict.insufficient-funds\"", with: "next = \"escalate.customer-service\"")
      })
    return out
  }

  /// Whether `target` can be reached from `from`.
  static func reaches(_ guide: Guide, from: String, to target: String) -> Bool {
    var seen: Set<String> = []
    var queue = [from]
    while let id = queue.popLast() {
      if id == target { return true }
      guard seen.insert(id).inserted, let step = guide.step(id) else { continue }
      queue += step.successors
    }
    return false
  }

  /// `lines` with the first lines starting `prefix` after lines `a` and `b` swapped.
  static func swapLines(_ lines: [String], prefix: String, after a: Int, _ b: Int) -> [String] {
    guard let ia = firstLine(lines, prefix, after: a), let ib = firstLine(lines, prefix, after: b)
    else { return lines }
    var copy = lines
    copy.swapAt(ia, ib)
    return copy
  }

  static func replaceLine(_ lines: [String], prefix: String, after a: Int, with text: String)
    -> [String]
  {
    guard let index = firstLine(lines, prefix, after: a) else { return lines }
    var copy = lines
    copy[index] = text
    return copy
  }

  static func firstLine(_ lines: [String], _ prefix: String, after line: Int) -> Int? {
    var index = max(0, line - 1)
    while index < lines.count {
      if index > line - 1, lines[index].hasPrefix("[[") { return nil }
      if lines[index].hasPrefix(prefix) { return index }
      index += 1
    }
    return nil
  }
}
