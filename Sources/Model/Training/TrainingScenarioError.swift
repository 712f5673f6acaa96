/// A scenario file that cannot be read: which file, line and field, and what to fix.
public struct TrainingScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  /// The field, e.g. `scenario[2].par.steps`.
  public var field: String
  public var problem: String

  public init(file: String, line: Int, field: String, problem: String) {
    self.file = file
    self.line = line
    self.field = field
    self.problem = problem
  }

  public var description: String { "\(file):\(line): \(field): \(problem)" }
}
