/// A self-check guide: where each symptom starts, and the steps with their links.
public struct Guide: Equatable, Sendable {
  public var id: String
  public var title: LocalizedText
  public var starts: [GuideStart]
  /// Steps in file order; duplicates are kept so the validator can report them.
  public var steps: [GuideStep]
  /// The file the guide came from, as given by the caller.
  public var file: String
  /// 1-based line of the `id` in the header.
  public var line: Int

  private var index: [String: Int]

  public init(
    id: String, title: LocalizedText, starts: [GuideStart], steps: [GuideStep], file: String,
    line: Int
  ) {
    self.id = id
    self.title = title
    self.starts = starts
    self.steps = steps
    self.file = file
    self.line = line
    var index: [String: Int] = [:]
    for (position, step) in steps.enumerated() where index[step.id] == nil {
      index[step.id] = position
    }
    self.index = index
  }

  /// The step with `id` (the first one, if the file repeats it).
  public func step(_ id: String) -> GuideStep? {
    guard let position = index[id] else { return nil }
    return steps[position]
  }

  /// The start for `symptom`.
  public func start(_ symptom: String) -> GuideStart? {
    starts.first { $0.symptom == symptom }
  }
}

/// Where a guide begins for one symptom the cashier recognises.
public struct GuideStart: Equatable, Sendable {
  /// Stable symptom ID, e.g. `no-response`.
  public var symptom: String
  public var title: LocalizedText
  /// The first step for this symptom.
  public var step: String
  /// How to take the waiting payment another way first (card, cash, a fresh code), shown
  /// before the first check: a sale should not wait for the self-check.
  public var meanwhile: LocalizedText?
  public var line: Int

  public init(
    symptom: String, title: LocalizedText, step: String, meanwhile: LocalizedText? = nil,
    line: Int
  ) {
    self.symptom = symptom
    self.title = title
    self.step = step
    self.meanwhile = meanwhile
    self.line = line
  }
}
