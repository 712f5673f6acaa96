/// The shortest way through a guide to a verdict: what a result screen shows as "the right path".
public enum TrainingRightPath {
  /// Steps from a start to `verdictID`, start first and the verdict last; empty if unreachable.
  public static func steps(to verdictID: String, in guides: [Guide]) -> [GuideStep] {
    for guide in guides where guide.step(verdictID) != nil {
      var previous: [String: String] = [:]
      var seen = Set(guide.starts.map(\.step))
      var queue = guide.starts.map(\.step)
      var head = 0
      while head < queue.count {
        let id = queue[head]
        head += 1
        if id == verdictID {
          var path = [id]
          while let before = previous[path[0]] { path.insert(before, at: 0) }
          return path.compactMap { guide.step($0) }
        }
        for next in guide.step(id)?.successors ?? [] where !seen.contains(next) {
          seen.insert(next)
          previous[next] = id
          queue.append(next)
        }
      }
    }
    return []
  }
}
