/// Checks each step's binding to the simulated shop: observations, actions and menu nodes
/// exist, and a bound question's options each stand for values its observation can give.
extension GuideValidator {
  /// Binding issues of `guide`; nodes are checked against `profile` when one is given.
  public static func bindingIssues(_ guide: Guide, profile: TerminalProfile?) -> [GuideIssue] {
    var issues: [GuideIssue] = []
    func add(_ kind: GuideIssueKind, line: Int, step: GuideStep) {
      issues.append(
        GuideIssue(
          kind: kind, file: guide.file, line: line == 0 ? step.line : line, stepID: step.id))
    }
    for step in guide.steps {
      let binding = step.binding
      for action in binding.actions where ShopAction(rawValue: action) == nil {
        add(.unknownAction(action), line: binding.actionLine, step: step)
      }
      if let node = binding.node, let profile, profile.path(to: node) == nil {
        add(.unknownNode(node, profile: profile.id), line: binding.nodeLine, step: step)
      }
      if binding.node == nil, step.opensAMenu {
        add(.missingField(field: "node"), line: 0, step: step)
      }
      for text in step.texts {
        issues += menuIssues(
          in: text, guide: guide, line: step.line, step: step.id, profile: profile)
      }
      guard let id = binding.observe else { continue }
      guard let observation = ShopObservation(rawValue: id) else {
        add(.unknownObservation(id), line: binding.observeLine, step: step)
        continue
      }
      for (index, option) in step.kind.options.enumerated() {
        let line = binding.firstOptionLine == 0 ? 0 : binding.firstOptionLine + index
        if option.values.isEmpty {
          add(.optionWithoutValue(option: index + 1), line: line, step: step)
        }
        for value in option.values where !observation.values.contains(value) {
          add(.impossibleValue(value: value, observation: id), line: line, step: step)
        }
      }
    }
    for start in guide.starts {
      guard let meanwhile = start.meanwhile else {
        issues.append(
          GuideIssue(
            kind: .missingField(field: "meanwhile"), file: guide.file, line: start.line,
            stepID: nil))
        continue
      }
      issues += menuIssues(
        in: meanwhile, guide: guide, line: start.line, step: nil, profile: profile)
    }
    return issues
  }

  /// Menu names in `text`: each `{menu:NODE}` must be on the profile, and no menu path may be
  /// written by hand (an arrow outside a reference), since the unit may not have it.
  static func menuIssues(
    in text: LocalizedText, guide: Guide, line: Int, step: String?, profile: TerminalProfile?
  ) -> [GuideIssue] {
    var issues: [GuideIssue] = []
    for written in [text.zh, text.en] {
      let references = GuideMenuReference.all(in: written)
      if let profile {
        for reference in references where profile.path(to: reference.node) == nil {
          issues.append(
            GuideIssue(
              kind: .unknownNode(reference.node, profile: profile.id), file: guide.file,
              line: line, stepID: step))
        }
      }
      var plain = written
      for reference in references.reversed() { plain.removeSubrange(reference.range) }
      if plain.contains("→") {
        issues.append(
          GuideIssue(
            kind: .handWrittenMenuPath(written), file: guide.file, line: line, stepID: step))
      }
    }
    return issues
  }
}

extension GuideStep {
  /// Whether the cashier opens a menu page of the unit for this step.
  var opensAMenu: Bool {
    switch kind {
    case .terminalCheck, .input(.version): true
    default: false
    }
  }
}
