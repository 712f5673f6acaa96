import TOMLKit

/// What parsing one guide file gave: the guide (unless the file is unusable) and every issue.
public struct GuideParseResult: Sendable {
  public var guide: Guide?
  public var issues: [GuideIssue]
  /// IDs of steps that were dropped for errors, so references to them are not reported twice.
  public var brokenStepIDs: Set<String>
}

/// Reads guide files (TOML) into `Guide` values.
public enum GuideParser {
  static let stepKeys: Set<String> = [
    "id", "kind", "topics", "title", "text", "next", "options", "screen", "expect",
    "input", "minimum", "at_least", "below", "supported", "unsupported", "unknown", "fix",
    "if_not_fixed", "observe", "action", "node",
  ]

  /// Parses `source`; `file` is only used to name the place of each issue.
  public static func parse(_ source: String, file: String) -> GuideParseResult {
    let map = GuideSourceMap(source)
    let root: TOMLTable
    do {
      root = try TOMLText.parse(source)
    } catch {
      let issue = GuideIssue(
        kind: .syntax(message: error.description), file: file, line: error.line,
        column: error.column, stepID: nil)
      return GuideParseResult(guide: nil, issues: [issue], brokenStepIDs: [])
    }

    var header = GuideFieldReader(table: root, file: file, map: map, blockLine: 0, stepID: nil)
    header.checkKeys(["id", "title", "start", "step"])
    let id = header.string("id")
    let title = header.localized("title")
    var issues = header.issues

    let starts = parseStarts(root, file: file, map: map, issues: &issues)
    var steps: [GuideStep] = []
    var broken: Set<String> = []
    if let array = root["step"]?.array {
      for (position, element) in array.enumerated() {
        let line = map.stepLine(position)
        guard let table = element.table else {
          issues.append(
            GuideIssue(
              kind: .wrongType(field: "step", expected: "[[step]] tables"), file: file, line: line,
              stepID: nil))
          continue
        }
        let stepID = table["id"]?.string
        var reader = GuideFieldReader(
          table: table, file: file, map: map, blockLine: line, stepID: stepID)
        let step = parseStep(&reader, line: line)
        issues += reader.issues
        if let step, !reader.failed {
          steps.append(step)
        } else if let stepID {
          broken.insert(stepID)
        }
      }
    } else if root["step"] != nil {
      issues.append(
        GuideIssue(
          kind: .wrongType(field: "step", expected: "[[step]] tables"), file: file,
          line: map.headerLine(ofKey: "step"), stepID: nil))
    }

    guard let id, let title, !header.failed else {
      return GuideParseResult(guide: nil, issues: issues, brokenStepIDs: broken)
    }
    let guide = Guide(
      id: id, title: title, starts: starts, steps: steps, file: file,
      line: map.headerLine(ofKey: "id"))
    return GuideParseResult(guide: guide, issues: issues, brokenStepIDs: broken)
  }

  private static func parseStarts(
    _ root: TOMLTable, file: String, map: GuideSourceMap, issues: inout [GuideIssue]
  ) -> [GuideStart] {
    guard let array = root["start"]?.array else {
      if root["start"] != nil {
        issues.append(
          GuideIssue(
            kind: .wrongType(field: "start", expected: "[[start]] tables"), file: file,
            line: map.headerLine(ofKey: "start"), stepID: nil))
      }
      return []
    }
    var starts: [GuideStart] = []
    for (position, element) in array.enumerated() {
      let line = map.startLine(position)
      guard let table = element.table else { continue }
      var reader = GuideFieldReader(
        table: table, file: file, map: map, blockLine: line, stepID: nil)
      reader.checkKeys(["symptom", "title", "step", "meanwhile"])
      let symptom = reader.string("symptom")
      let title = reader.localized("title")
      let step = reader.string("step")
      let meanwhile = reader.optionalLocalized("meanwhile")
      issues += reader.issues
      if let symptom, let title, let step, !reader.failed {
        starts.append(
          GuideStart(symptom: symptom, title: title, step: step, meanwhile: meanwhile, line: line))
      }
    }
    return starts
  }

  private static func parseStep(_ reader: inout GuideFieldReader, line: Int) -> GuideStep? {
    reader.checkKeys(stepKeys)
    guard let id = reader.string("id") else { return nil }
    let topics = parseTopics(&reader)
    let title = reader.optionalLocalized("title")
    let text = reader.localized("text")
    guard let kindName = reader.string("kind") else { return nil }
    let kind: GuideStepKind?
    switch kindName {
    case "instruction":
      kind = reader.string("next").map { .instruction(next: $0) }
    case "question":
      kind = reader.options("options").map { .question(options: $0) }
    case "terminal-check":
      kind = parseTerminalCheck(&reader)
    case "input":
      kind = parseInput(&reader)
    case "verdict":
      if title == nil { reader.report(.missingField(field: "title"), field: "kind") }
      let fix = reader.localized("fix")
      let ifNotFixed = reader.optionalString("if_not_fixed")
      kind = fix.map { .verdict(GuideVerdict(fix: $0, ifNotFixed: ifNotFixed)) }
    case "escalate":
      kind = .escalate
    default:
      reader.report(.unknownKind(kindName), field: "kind")
      kind = nil
    }
    guard let kind, let text else { return nil }
    var step = GuideStep(
      id: id, kind: kind, topics: topics, title: title, text: text,
      line: reader.line(of: "id"))
    step.binding = parseBinding(&reader)
    return step
  }

  private static func parseBinding(_ reader: inout GuideFieldReader) -> GuideBinding {
    var binding = GuideBinding(
      observe: reader.optionalString("observe"), actions: reader.stringOrList("action"),
      node: reader.optionalString("node"))
    if binding.observe != nil { binding.observeLine = reader.line(of: "observe") }
    if !binding.actions.isEmpty { binding.actionLine = reader.line(of: "action") }
    if binding.node != nil { binding.nodeLine = reader.line(of: "node") }
    if reader.table["options"] != nil { binding.firstOptionLine = reader.line(of: "options") + 1 }
    return binding
  }

  private static func parseTopics(_ reader: inout GuideFieldReader) -> [GuideTopic] {
    guard let value = reader.table["topics"] else {
      reader.report(.noTopics, field: "id")
      return []
    }
    guard let array = value.array else {
      reader.report(.wrongType(field: "topics", expected: "an array of strings"), field: "topics")
      return []
    }
    var topics: [GuideTopic] = []
    for element in array {
      guard let name = element.string else {
        reader.report(
          .wrongType(field: "topics", expected: "an array of strings"), field: "topics")
        continue
      }
      if let topic = GuideTopic(rawValue: name) {
        topics.append(topic)
      } else {
        reader.report(.unknownTopic(name), field: "topics")
      }
    }
    if array.isEmpty { reader.report(.noTopics, field: "topics") }
    return topics
  }

  private static func parseTerminalCheck(_ reader: inout GuideFieldReader) -> GuideStepKind? {
    // The key path is not written here: it comes from the step's `node` in the terminal
    // profile (`Guide.namingMenus(of:)`), so a cashier never reads a menu the unit lacks.
    let screen = reader.optionalString("screen")
    let expect = reader.localized("expect")
    let options = reader.options("options")
    guard let expect, let options else { return nil }
    return .terminalCheck(
      TerminalCheck(keyPath: [], screen: screen, expect: expect, options: options))
  }

  private static func parseInput(_ reader: inout GuideFieldReader) -> GuideStepKind? {
    guard let inputName = reader.string("input") else { return nil }
    switch inputName {
    case "version":
      var minimum: GuideVersion?
      if let text = reader.string("minimum") {
        minimum = GuideVersion(text)
        if minimum == nil {
          reader.report(.invalidValue(field: "minimum", value: text), field: "minimum")
        }
      }
      let atLeast = reader.string("at_least")
      let below = reader.string("below")
      guard let minimum, let atLeast, let below else { return nil }
      return .input(
        .version(VersionInput(keyPath: [], minimum: minimum, atLeast: atLeast, below: below)))
    case "payment-code":
      let supported = reader.string("supported")
      let unsupported = reader.string("unsupported")
      let unknown = reader.string("unknown")
      guard let supported, let unsupported, let unknown else { return nil }
      return .input(
        .paymentCode(
          PaymentCodeInput(supported: supported, unsupported: unsupported, unknown: unknown)))
    default:
      reader.report(.invalidValue(field: "input", value: inputName), field: "input")
      return nil
    }
  }
}
