/// What a step asks of the cashier, with everything needed to move on.
public enum GuideStepKind: Equatable, Sendable {
  /// Do one thing, then confirm it is done.
  case instruction(next: String)
  /// Pick one of the options.
  case question(options: [GuideOption])
  /// Read something on the real unit by following a key path, then say what it shows.
  case terminalCheck(TerminalCheck)
  /// Type something (a version, a payment code) that the engine judges and routes.
  case input(GuideInput)
  /// The cause is found; shows the fix and asks whether it fixed the problem.
  case verdict(GuideVerdict)
  /// Hand the case over to customer service with what was found.
  case escalate

  /// The options of a question or terminal check; empty for other kinds.
  public var options: [GuideOption] {
    switch self {
    case .question(let options): options
    case .terminalCheck(let check): check.options
    case .instruction, .input, .verdict, .escalate: []
    }
  }

  /// The kind's name as written in guide files.
  public var name: String {
    switch self {
    case .instruction: "instruction"
    case .question: "question"
    case .terminalCheck: "terminal-check"
    case .input: "input"
    case .verdict: "verdict"
    case .escalate: "escalate"
    }
  }
}

/// Whether an answer shows its step's topics to be fine or at fault.
public enum TopicMark: String, Equatable, Sendable, Codable {
  case ok
  case problem
}

/// One answer the cashier can pick in a question or terminal check.
public struct GuideOption: Equatable, Sendable {
  public var label: LocalizedText
  public var next: String
  /// What picking this option says about the step's topics; nil says nothing.
  public var mark: TopicMark?
  /// The values of the step's observation this option stands for (`value = "smudged"`, or
  /// several as an array); empty when unbound.
  public var values: [String]

  public init(label: LocalizedText, next: String, mark: TopicMark? = nil, values: [String] = []) {
    self.label = label
    self.next = next
    self.mark = mark
    self.values = values
  }
}

/// A check on the real unit: the keys to press, what the screen should look like, the answers.
public struct TerminalCheck: Equatable, Sendable {
  /// Menu labels to press in order, e.g. Management → Version information.
  public var keyPath: [LocalizedText]
  /// The simulator screen to show beside the step, if the simulator has one (e.g. "version-info").
  public var screen: String?
  /// What the cashier should find on that screen.
  public var expect: LocalizedText
  public var options: [GuideOption]

  public init(
    keyPath: [LocalizedText], screen: String?, expect: LocalizedText, options: [GuideOption]
  ) {
    self.keyPath = keyPath
    self.screen = screen
    self.expect = expect
    self.options = options
  }
}

/// The verdict of a guide: a cause, and the fix to try now.
public struct GuideVerdict: Equatable, Sendable {
  public var fix: LocalizedText
  /// Where to continue when the fix did not help; nil ends the session as not resolved.
  public var ifNotFixed: String?

  public init(fix: LocalizedText, ifNotFixed: String?) {
    self.fix = fix
    self.ifNotFixed = ifNotFixed
  }
}
