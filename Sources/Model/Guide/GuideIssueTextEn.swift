/// The guide validator's messages in English.
enum GuideIssueTextEn {
  static func text(_ kind: GuideIssueKind) -> String {
    switch kind {
    case .unreadable(let reason):
      return "cannot read the file (\(reason)); check the path and permissions"
    case .unusableFile(let problem):
      return problem.text(.en)
    case .syntax(let message):
      return "TOML syntax error: \(message); fix that line and try again"
    case .missingField(let field):
      return "missing field `\(field)`; add it"
    case .wrongType(let field, let expected):
      return "field `\(field)` must be \(expected)"
    case .invalidValue(let field, let value):
      return "field `\(field)` has invalid value \"\(value)\""
    case .unknownKind(let kind):
      return
        "unknown step kind \"\(kind)\"; use instruction, question, terminal-check, input, verdict or escalate"
    case .unknownField(let field):
      return "unknown field `\(field)` is ignored; check the spelling"
    case .unknownTopic(let topic):
      let known = GuideTopic.allCases.map(\.rawValue).joined(separator: ", ")
      return "unknown topic \"\(topic)\"; known topics: \(known)"
    case .noTopics:
      return "the step has no topics; give it at least one"
    case .missingTranslation(let field, let language):
      return "`\(field)` has no \(language.rawValue) text; add the translation"
    case .missingStep(let field, let target):
      return "`\(field)` points to missing step \"\(target)\""
    case .duplicateStepID(let firstLine):
      return "duplicate step ID (first used on line \(firstLine)); make it unique"
    case .duplicateSymptom(let firstLine):
      return "duplicate symptom (first used on line \(firstLine))"
    case .noStarts:
      return "no [[start]] entries; add at least one symptom"
    case .unreachable:
      return "no start leads to this step; link it or remove it"
    case .noWayOut:
      return
        "no path from this step reaches a verdict or an escalation (dead end or closed loop); add a way out"
    case .unknownObservation(let id):
      let known = ShopObservation.allCases.map(\.rawValue).joined(separator: ", ")
      return "unknown observation \"\(id)\"; known: \(known)"
    case .unknownAction(let id):
      let known = ShopAction.allCases.map(\.rawValue).joined(separator: ", ")
      return "unknown action \"\(id)\"; known: \(known)"
    case .unknownNode(let id, let profile):
      return "terminal profile \(profile) has no menu node \"\(id)\" (or no menu leads to it)"
    case .tooManyOptions(let count):
      return "\(count) options, but they are picked with the digit keys 1–9: at most 9"
    case .handWrittenMenuPath(let written):
      return
        "write menu paths as {menu:NODE} so the names come from the terminal profile: \"\(written)\""
    case .optionWithoutValue(let option):
      return "option \(option) has no value; say which observed value it stands for"
    case .impossibleValue(let value, let observation):
      let known = ShopObservation(rawValue: observation)?.values.joined(separator: ", ") ?? ""
      return "\(observation) never gives \"\(value)\"; its values: \(known)"
    }
  }
}
