/// A hostile walk from one start: every question answered with its last option, every
/// input with its last route, every fix "not fixed". It must reach 95016 (a hand-over, or a
/// verdict whose fix is the call) within `bound` answers, never going round.
public struct ProverHostileWalk: Equatable, Sendable, Codable {
  public static let bound = 8

  public var symptom: String
  public var path: [String]
  /// Where it ended: a 95016 step, or nil when it went round or ran out of steps.
  public var reached: String?

  public var answers: Int { path.count - 1 }
  public var passed: Bool { reached != nil && answers <= Self.bound }

  public init(guide: Guide, start: GuideStart) {
    symptom = start.symptom
    let targets = ProverReport.customerService(guide)
    var id = start.step
    var path: [String] = []
    reached = nil
    while !path.contains(id), let step = guide.step(id) {
      path.append(id)
      if targets.contains(id) {
        reached = id
        break
      }
      switch step.kind {
      case .question, .terminalCheck: id = step.kind.options.last?.next ?? ""
      case .input(let input): id = input.routes.last?.next ?? ""
      case .instruction(let next): id = next
      case .verdict(let verdict): id = verdict.ifNotFixed ?? ""
      case .escalate: id = ""
      }
    }
    self.path = path
  }
}
