/// One screen of a guide: what the cashier reads and how the answer moves the guide on.
public struct GuideStep: Equatable, Sendable {
  /// Stable identifier, referenced by other steps, by saved sessions and by training.
  public var id: String
  public var kind: GuideStepKind
  /// What the step examines; decides the findings per topic.
  public var topics: [GuideTopic]
  /// Optional heading; verdicts always have one.
  public var title: LocalizedText?
  /// The instruction, question or explanation itself.
  public var text: LocalizedText
  /// 1-based line of the step in its file, for error messages.
  public var line: Int
  /// The observation, action or menu node the step stands for, if bound.
  public var binding = GuideBinding()

  public init(
    id: String, kind: GuideStepKind, topics: [GuideTopic], title: LocalizedText? = nil,
    text: LocalizedText, line: Int
  ) {
    self.id = id
    self.kind = kind
    self.topics = topics
    self.title = title
    self.text = text
    self.line = line
  }

  /// The IDs of every step this one can lead to, in option order.
  public var successors: [String] {
    switch kind {
    case .instruction(let next): [next]
    case .question(let options): options.map(\.next)
    case .terminalCheck(let check): check.options.map(\.next)
    case .input(let input): input.routes.map(\.next)
    case .verdict(let verdict): verdict.ifNotFixed.map { [$0] } ?? []
    case .escalate: []
    }
  }

  /// True when answering this step can end the session.
  public var canEndSession: Bool {
    switch kind {
    case .verdict, .escalate: true
    case .instruction, .question, .terminalCheck, .input: false
    }
  }
}
