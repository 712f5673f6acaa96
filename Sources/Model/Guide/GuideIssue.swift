/// One problem the parser or validator found in a guide file, with where it is.
public struct GuideIssue: Equatable, Sendable, CustomStringConvertible {
  public var kind: GuideIssueKind
  /// The file as the caller named it.
  public var file: String
  /// 1-based line; 0 when the problem concerns the whole file.
  public var line: Int
  public var column: Int?
  /// The step concerned, if any.
  public var stepID: String?

  public init(kind: GuideIssueKind, file: String, line: Int, column: Int? = nil, stepID: String?) {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.stepID = stepID
  }

  public var severity: GuideIssueSeverity { kind.severity }

  /// `file:line: what is wrong` in `language`, as the console and the command line show it.
  public func text(_ language: Language) -> String {
    "\(location): \(kind.message(language))"
  }

  public var description: String { text(.en) }

  /// Whether the file could not be read at all (the validator exits 2).
  public var isUnreadable: Bool {
    switch kind {
    case .unreadable, .unusableFile: true
    default: false
    }
  }

  /// `file:line[:column]`, the form editors jump to.
  public var location: String {
    var text = "\(file):\(line)"
    if let column { text += ":\(column)" }
    return text
  }
}

/// Whether an issue stops a guide from being used (error) or is only worth fixing (warning).
public enum GuideIssueSeverity: String, Equatable, Sendable, Codable {
  case error
  case warning
}

/// What is wrong; each case carries the names needed to find and fix it.
public enum GuideIssueKind: Equatable, Sendable {
  /// The file could not be read at all.
  case unreadable(reason: String)
  /// The file is not a usable data file (a device, too large, not UTF-8).
  case unusableFile(DataFileProblem)
  /// The TOML itself does not parse.
  case syntax(message: String)
  case missingField(field: String)
  case wrongType(field: String, expected: String)
  case invalidValue(field: String, value: String)
  case unknownKind(String)
  case unknownField(String)
  case unknownTopic(String)
  case noTopics
  /// A text with its zh or en part empty or absent.
  case missingTranslation(field: String, language: Language)
  /// `field` names a step that does not exist.
  case missingStep(field: String, target: String)
  case duplicateStepID(firstLine: Int)
  case duplicateSymptom(firstLine: Int)
  case noStarts
  /// No start leads to this step.
  case unreachable
  /// From this step no path reaches a verdict or an escalation (a dead end or a closed loop).
  case noWayOut
  /// More options than digit keys (1–9) to pick them with.
  case tooManyOptions(Int)
  /// `observe` names no `ShopObservation`.
  case unknownObservation(String)
  /// `action` names no `ShopAction`.
  case unknownAction(String)
  /// `node` names no menu node of the terminal profile (or one no menu leads to).
  case unknownNode(String, profile: String)
  /// A text writes a menu path ("Management → System update", spelled out) instead of `{menu:NODE}`.
  case handWrittenMenuPath(String)
  /// A bound question's option (1-based) says which observed value it stands for nowhere.
  case optionWithoutValue(option: Int)
  /// An option maps to a value the step's observation can never give.
  case impossibleValue(value: String, observation: String)

  public var severity: GuideIssueSeverity {
    switch self {
    case .unknownField, .unknownTopic, .noTopics, .missingTranslation, .unreachable: .warning
    case .unreadable, .unusableFile, .syntax, .missingField, .wrongType, .invalidValue,
      .unknownKind, .missingStep, .duplicateStepID, .duplicateSymptom, .noStarts, .noWayOut,
      .tooManyOptions,
      .unknownObservation, .unknownAction, .unknownNode, .handWrittenMenuPath, .optionWithoutValue,
      .impossibleValue:
      .error
    }
  }
}
