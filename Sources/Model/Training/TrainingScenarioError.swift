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

  /// `file:line: field: problem`; a whole-file problem has no field, and no line is 0.
  public var description: String {
    let place = "\(file):\(max(1, line)):"
    return field.isEmpty ? "\(place) \(problem)" : "\(place) \(field): \(problem)"
  }
}
