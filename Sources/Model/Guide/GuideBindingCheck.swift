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
      if let action = binding.action, ShopAction(rawValue: action) == nil {
        add(.unknownAction(action), line: binding.actionLine, step: step)
      }
      if let node = binding.node, let profile, profile.path(to: node) == nil {
        add(.unknownNode(node, profile: profile.id), line: binding.nodeLine, step: step)
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
    return issues
  }
}
