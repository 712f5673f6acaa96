/// A staged failure for a training run: faults on the simulated terminal, what the
/// customer presents, and the cause (a guide verdict) the trainee must name.
public struct TrainingScenario: Equatable, Sendable {
  /// Stable ID, used in records and on the command line.
  public var id: String
  public var title: LocalizedText
  /// Simulator fault IDs as written; `faults` keeps the known ones, the validator
  /// reports the rest.
  public var faultIDs: [String]
  /// What the customer presents.
  public var presents: CustomerPresents
  /// The guide verdict ID the scenario is about, e.g. `verdict.permission-off`; with several
  /// faults, each fault's verdict is a real cause too (`causes`).
  public var cause: String
  /// Steps and seconds a practised cashier needs.
  public var par: TrainingPar
  /// Hints, in the order the trainee may ask for them.
  public var hints: [LocalizedText]
  /// Where the scenario is written, for validation messages.
  public var file: String
  public var line: Int
  /// Line of each field (`faults`, `cause`, `presents`), for validation messages.
  public var fieldLines: [String: Int]

  public init(
    id: String, title: LocalizedText, faultIDs: [String], presents: CustomerPresents,
    cause: String, par: TrainingPar, hints: [LocalizedText], file: String = "", line: Int = 0,
    fieldLines: [String: Int] = [:]
  ) {
    self.id = id
    self.title = title
    self.faultIDs = faultIDs
    self.presents = presents
    self.cause = cause
    self.par = par
    self.hints = hints
    self.file = file
    self.line = line
    self.fieldLines = fieldLines
  }

  /// Simulator faults switched on for the run (unknown IDs left out).
  public var faults: Set<ScanFault> { Set(faultIDs.compactMap(ScanFault.init(rawValue:))) }

  /// Every real cause: the verdict the scenario names and the verdict of each of its faults,
  /// so a trainee who finds the other real fault of a two-fault scenario is right too.
  public var causes: [String] {
    var causes = [cause]
    for fault in faults.sorted() where !causes.contains(fault.verdictID) {
      causes.append(fault.verdictID)
    }
    return causes
  }

  /// The line of `field` in the file, else the scenario's own line.
  public func line(of field: String) -> Int { fieldLines[field] ?? line }
}

extension ScanFault {
  /// The guide verdict that names this fault as the cause (`verdict.lens-dirty`).
  public var verdictID: String { "verdict." + rawValue }
}

/// What the customer hands the cashier in a scenario.
public enum CustomerPresents: Equatable, Sendable {
  /// A wallet payment code: the sample code ID in `data/payment-codes.toml`.
  case walletCode(String)
  /// A bank card, presented this way.
  case card(CardEntryMode)

  /// Parses `wechat` (a sample code ID) or `card:insert`.
  public static func parse(_ text: String) -> CustomerPresents? {
    if text.hasPrefix("card:") {
      return CardEntryMode(rawValue: String(text.dropFirst(5))).map { .card($0) }
    }
    guard !text.isEmpty,
      text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
    else { return nil }
    return .walletCode(text)
  }

  /// The form used in scenario files.
  public var text: String {
    switch self {
    case .walletCode(let id): id
    case .card(let mode): "card:" + mode.rawValue
    }
  }
}

/// How long a practised cashier needs: steps taken and seconds.
public struct TrainingPar: Equatable, Sendable {
  public var steps: Int
  public var seconds: Int

  public init(steps: Int, seconds: Int) {
    self.steps = steps
    self.seconds = seconds
  }
}
