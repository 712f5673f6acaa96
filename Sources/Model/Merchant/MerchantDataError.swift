/// A merchant data file (`data/acquirers.toml`, `regions.toml`, `mcc.toml`) that cannot be used.
public struct MerchantDataError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file, as the caller named it.
  public let file: String
  /// Where in the file: `line 12, column 3` for syntax errors, else the key (`regions.5810.name_zh`).
  public let place: String
  /// What is wrong.
  public let problem: String

  public init(file: String, place: String, problem: String) {
    self.file = file
    self.place = place
    self.problem = problem
  }

  public var description: String {
    "\(file): \(place): \(problem). Correct the file (see the comment at its top) and start again."
  }
}
