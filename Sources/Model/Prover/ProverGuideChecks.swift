/// Checks of the guide as a whole that no single walk shows: a branch that leads back to
/// where it came from, a start that does not say how to take the waiting payment, a version
/// threshold that is not the shop's.
public enum ProverGuideChecks {
  public static func findings(_ guide: Guide) -> [String] {
    var out: [String] = []
    for start in guide.starts {
      let ways = ProverMeanwhile.ways(start.meanwhile?.zh ?? "")
      if !ways.contains(.card) && !ways.contains(.cash) {
        out.append(
          "\(guide.file):\(start.line): start \(start.symptom): meanwhile names no way to take "
            + "the waiting payment (card or cash)")
      }
    }
    for step in guide.steps {
      if case .input(.version(let version)) = step.kind,
        version.minimum != ShopState.currentFirmware
      {
        out.append(
          "\(guide.file):\(step.line): \(step.id): minimum \(version.minimum) is not the firmware "
            + "that reads current codes (\(ShopState.currentFirmware))")
      }
    }
    for cycle in cycles(guide) {
      let line = guide.step(cycle[0])?.line ?? guide.line
      out.append("\(guide.file):\(line): goes round: \(cycle.joined(separator: " → "))")
    }
    return out
  }

  /// Each cycle of the step graph once, as the step IDs on it from its first in file order.
  static func cycles(_ guide: Guide) -> [[String]] {
    var found: [[String]] = []
    var state: [String: Int] = [:]  // 1 on the path, 2 done
    var path: [String] = []
    func visit(_ id: String) {
      guard let step = guide.step(id) else { return }
      state[id] = 1
      path.append(id)
      for next in step.successors {
        if state[next] == 1, let from = path.firstIndex(of: next) {
          found.append(Array(path[from...]) + [next])
        } else if state[next] == nil {
          visit(next)
        }
      }
      path.removeLast()
      state[id] = 2
    }
    for start in guide.starts where state[start.step] == nil { visit(start.step) }
    return found
  }
}
