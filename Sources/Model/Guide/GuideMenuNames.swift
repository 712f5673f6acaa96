/// Menu names in guide texts come from the terminal profile, never from the guide: a text
/// writes `{menu:manage.version}` and the cashier reads "6 Management → 3 Version
/// information" (in the run's language), the labels and keys the simulated unit really has.
/// On-terminal steps get their key path from `node`.
extension Guide {
  /// This guide with every `{menu:NODE}` replaced by the profile's path to NODE, and each
  /// on-terminal step's key path taken from its node. A node the profile lacks is left as
  /// written (the validator reports it).
  public func namingMenus(of profile: TerminalProfile) -> Guide {
    var named = self
    named.starts = starts.map { start in
      var start = start
      start.meanwhile = start.meanwhile.map { profile.namingMenus(in: $0) }
      return start
    }
    named.steps = steps.map { $0.namingMenus(of: profile) }
    return named
  }
}

extension GuideStep {
  func namingMenus(of profile: TerminalProfile) -> GuideStep {
    var step = mappingTexts { profile.namingMenus(in: $0) }
    let path = binding.node.flatMap { profile.keyPath(to: $0) } ?? []
    switch step.kind {
    case .terminalCheck(var check):
      check.keyPath = path
      step.kind = .terminalCheck(check)
    case .input(.version(var version)):
      version.keyPath = path
      step.kind = .input(.version(version))
    default:
      break
    }
    return step
  }

  /// Every text the cashier reads on this step.
  public var texts: [LocalizedText] {
    var texts = [text] + (title.map { [$0] } ?? []) + kind.options.map(\.label)
    switch kind {
    case .terminalCheck(let check): texts.append(check.expect)
    case .verdict(let verdict): texts.append(verdict.fix)
    default: break
    }
    return texts
  }

  /// This step with `transform` applied to every text the cashier reads.
  func mappingTexts(_ transform: (LocalizedText) -> LocalizedText) -> GuideStep {
    var step = self
    step.text = transform(text)
    step.title = title.map(transform)
    func options(_ options: [GuideOption]) -> [GuideOption] {
      options.map { option in
        var option = option
        option.label = transform(option.label)
        return option
      }
    }
    switch kind {
    case .question(let list):
      step.kind = .question(options: options(list))
    case .terminalCheck(var check):
      check.expect = transform(check.expect)
      check.options = options(check.options)
      step.kind = .terminalCheck(check)
    case .verdict(var verdict):
      verdict.fix = transform(verdict.fix)
      step.kind = .verdict(verdict)
    case .instruction, .input, .escalate:
      break
    }
    return step
  }
}

/// A `{menu:NODE}` reference in a guide text.
public struct GuideMenuReference: Equatable, Sendable {
  public var node: String
  /// Where it sits in the text, so it can be replaced.
  var range: Range<String.Index>

  /// Every reference in `text`, in order.
  public static func all(in text: String) -> [GuideMenuReference] {
    var found: [GuideMenuReference] = []
    var rest = text.startIndex..<text.endIndex
    while let open = text.range(of: "{menu:", range: rest),
      let close = text.range(of: "}", range: open.upperBound..<text.endIndex)
    {
      let node = String(text[open.upperBound..<close.lowerBound])
      found.append(GuideMenuReference(node: node, range: open.lowerBound..<close.upperBound))
      rest = close.upperBound..<text.endIndex
    }
    return found
  }
}

extension TerminalProfile {
  /// The keys and labels from the start menu to `node`, e.g. ["6 Management", "3 Version information"].
  public func keyPath(to node: String) -> [LocalizedText]? {
    path(to: node)?.map {
      .data(zh: "\($0.key) \($0.label.zh)", en: "\($0.key) \($0.label.en)")
    }
  }

  /// `text` with each `{menu:NODE}` written as the path to NODE, joined by arrows.
  public func namingMenus(in text: LocalizedText) -> LocalizedText {
    .data(zh: namingMenus(in: text.zh, .zh), en: namingMenus(in: text.en, .en))
  }

  private func namingMenus(in text: String, _ language: Language) -> String {
    var result = text
    for reference in GuideMenuReference.all(in: text).reversed() {
      guard let path = keyPath(to: reference.node) else { continue }
      result.replaceSubrange(
        reference.range, with: path.map { $0(language) }.joined(separator: " → "))
    }
    return result
  }
}
