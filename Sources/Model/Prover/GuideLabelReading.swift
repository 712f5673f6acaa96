/// How a cashier reads the options of every bound step: for each value the step's
/// observation can show, the option whose label says it (`ShopSigns`), in each language.
/// A label that says a value its option does not stand for, a value two labels claim, or a
/// value no label says, is a finding with its file:line.
public struct GuideLabelReading: Equatable, Sendable {
  /// A label problem at one option or step.
  public struct Finding: Equatable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var step: String
    public var message: String

    public var description: String { "\(file):\(line): \(step): \(message)" }
  }

  /// Step ID → observed value → the index of the option a cashier reading Chinese picks.
  public var choices: [String: [String: Int]] = [:]
  public var findings: [Finding] = []

  public init(guide: Guide) {
    for step in guide.steps {
      let options = step.kind.options
      guard !options.isEmpty, let id = step.binding.observe,
        let observation = ShopObservation(rawValue: id)
      else { continue }
      var row: [String: Int] = [:]
      for value in observation.values {
        let zh = Self.choose(options, observation, value, .zh)
        let en = Self.choose(options, observation, value, .en)
        switch (zh, en) {
        case (.success(let picked), .success(let english)):
          row[value] = picked
          if picked != english {
            finding(
              guide, step, picked,
              "\"\(value)\" reads as option \(picked + 1) in Chinese but \(english + 1) in English"
            )
          }
          if !options[picked].values.contains(value) {
            let label = options[picked].label.zh
            finding(
              guide, step, picked,
              "label \"\(label)\" says \"\(value)\" but stands for \(options[picked].values)")
          }
        case (.failure(let problem), _), (_, .failure(let problem)):
          finding(guide, step, nil, "\"\(value)\": \(problem.text)")
        }
      }
      choices[step.id] = row
    }
  }

  private mutating func finding(_ guide: Guide, _ step: GuideStep, _ option: Int?, _ text: String) {
    let first = step.binding.firstOptionLine
    let line = option.map { first > 0 ? first + $0 : step.line } ?? step.line
    findings.append(Finding(file: guide.file, line: line, step: step.id, message: text))
  }

  enum Problem: Error, Equatable {
    case none
    case two(Int, Int)

    var text: String {
      switch self {
      case .none: "no option's label says it"
      case .two(let a, let b): "the labels of options \(a + 1) and \(b + 1) both say it"
      }
    }
  }

  /// The option a cashier seeing `value` picks: the one whose label names what is seen (the
  /// longest phrase wins), else a plain yes/no or "something else" answer of the right kind.
  static func choose(
    _ options: [GuideOption], _ observation: ShopObservation, _ value: String,
    _ language: Language
  ) -> Result<Int, Problem> {
    let labels = options.map { $0.label(language).lowercased() }
    let signs = ShopSigns.signs(observation, value, language).map { $0.lowercased() }
    let lengths = labels.map { label in
      signs.filter { says(label, $0) }.map(\.count).max() ?? 0
    }
    if let best = lengths.max(), best > 0 {
      let top = lengths.indices.filter { lengths[$0] == best }
      if top.count > 1, Set(top.map { options[$0].next }).count > 1 {
        return .failure(.two(top[0], top[1]))
      }
      return .success(top[0])
    }
    // No label names it: a plain answer. Labels that name some other value are about that
    // value, so a plain answer of the right kind is preferred among the rest.
    let good = ShopSigns.isGood(observation, value)
    let naming = labels.map { label in
      observation.values.contains { other in
        ShopSigns.signs(observation, other, language).contains { says(label, $0.lowercased()) }
      }
    }
    let plain = labels.indices.filter { index in
      let label = labels[index]
      if ShopSigns.other(language).contains(where: { says(label, $0) }) { return !good }
      let no = ShopSigns.negative(language).contains { says(label, $0) }
      let yes = ShopSigns.positive(language).contains { says(label, $0) }
      return good ? yes && !no : no
    }
    let preferred = plain.filter { !naming[$0] }
    let pool = preferred.isEmpty ? plain : preferred
    guard let first = pool.first else { return .failure(.none) }
    if pool.count > 1, Set(pool.map { options[$0].next }).count > 1 {
      return .failure(.two(pool[0], pool[1]))
    }
    return .success(first)
  }

  /// Whether `label` says `sign`: as a whole word for short Latin signs ("no" is not in
  /// "not"), as a substring otherwise.
  static func says(_ label: String, _ sign: String) -> Bool {
    guard sign.count <= 3, sign.allSatisfy(\.isASCII) else { return label.contains(sign) }
    let words = label.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    return words.contains(sign)
  }
}
