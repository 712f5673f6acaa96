import Foundation

/// What a shop's records say over a period: how each start ends, where cashiers give up, the
/// causes found, how long a working unit takes, which unit keeps failing and who needs training.
public struct RecordsStats: Equatable, Sendable, Codable {
  public var since: Date?
  public var until: Date?
  public var sessions: Int
  public var starts: [StartResult]
  /// Where abandoned sessions were left, most common first.
  public var endings: [Tally]
  /// Verdicts sessions ended on, most common first.
  public var verdicts: [Tally]
  public var guideVersions: [VersionResult]
  public var terminals: [TerminalResult]
  public var operators: [OperatorResult]
  public var openCases: OpenCaseAges
  public var care: [CareResult]

  /// One named count.
  public struct Tally: Equatable, Sendable, Codable {
    public var name: String
    public var count: Int

    public init(name: String, count: Int) {
      self.name = name
      self.count = count
    }
  }

  /// How sessions of one start ended, and the time to a working unit when it resolved.
  public struct StartResult: Equatable, Sendable, Codable {
    public var start: String
    public var resolved: Int
    public var notResolved: Int
    public var escalated: Int
    public var abandoned: Int
    public var open: Int
    /// Seconds from start to the fix that worked, over resolved sessions (nearest rank).
    public var medianSeconds: Double?
    public var p90Seconds: Double?
    /// The median per week of the period, oldest first; nil for a week with none resolved.
    public var weeklyMedians: [Double?]

    public var total: Int { resolved + notResolved + escalated + abandoned + open }
  }

  public struct VersionResult: Equatable, Sendable, Codable {
    /// The guide version, or "" for sessions recorded before versions were kept.
    public var version: String
    public var sessions: Int
    public var resolved: Int

    public init(version: String, sessions: Int, resolved: Int) {
      self.version = version
      self.sessions = sessions
      self.resolved = resolved
    }
  }

  /// One unit's causes; `flagged` when it had `RecordsStats.replacementThreshold` or more
  /// hardware verdicts in the 30 days before the period's end.
  public struct TerminalResult: Equatable, Sendable, Codable {
    public var terminal: String
    public var merchantNumber: String
    public var sessions: Int
    public var causes: [Tally]
    public var hardwareLast30Days: Int
    public var flagged: Bool
  }

  /// One operator's sessions given up or begun at the wrong start, and the training scenario
  /// that practises the start they should have taken.
  public struct OperatorResult: Equatable, Sendable, Codable {
    public var operatorID: String
    public var sessions: Int
    public var abandoned: Int
    public var wrongStarts: Int
    /// The start (symptom) the wrong-start sessions were put right at, most common first.
    public var rightStarts: [Tally]
    public var practise: [String]
  }

  /// Open cases by how long they have been open.
  public struct OpenCaseAges: Equatable, Sendable, Codable {
    public var underADay: Int
    public var oneToSevenDays: Int
    public var overAWeek: Int
    public var oldestSeconds: Int?

    public var total: Int { underADay + oneToSevenDays + overAWeek }
  }

  /// How often a care item was done in the period, and on how many of its due days it was not.
  public struct CareResult: Equatable, Sendable, Codable {
    public var item: CareItem
    public var done: Int
    public var missed: Int
  }

  /// Hardware verdicts in 30 days that make a unit one to replace.
  public static let replacementThreshold = 3
  /// A session not resolved and followed within this many seconds, on the same unit, by one at
  /// another start that resolved, counts as begun at the wrong start.
  public static let wrongStartWindowSeconds = 15 * 60
}
