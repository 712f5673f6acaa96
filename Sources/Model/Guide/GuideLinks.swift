/// Every reference from a step to another step, named by the field that holds it.
extension GuideStep {
  /// (field, target) pairs, e.g. ("options[1].next", "verdict.glare").
  public var links: [(field: String, target: String)] {
    switch kind {
    case .instruction(let next):
      return [("next", next)]
    case .question(let options):
      return options.enumerated().map { ("options[\($0.offset)].next", $0.element.next) }
    case .terminalCheck(let check):
      return check.options.enumerated().map { ("options[\($0.offset)].next", $0.element.next) }
    case .input(.version(let input)):
      return [("at_least", input.atLeast), ("below", input.below)]
    case .input(.paymentCode(let input)):
      return [
        ("supported", input.supported), ("unsupported", input.unsupported),
        ("unknown", input.unknown),
      ]
    case .verdict(let verdict):
      return verdict.ifNotFixed.map { [("if_not_fixed", $0)] } ?? []
    case .escalate:
      return []
    }
  }
}
