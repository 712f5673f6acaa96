/// What `pos-console terminal validate` reports for some profile files: every finding
/// with file:line, and the exit code (0 clean, 1 findings, 2 a file could not be read).
public struct TerminalProfileValidation: Equatable, Sendable {
  public var findings: [TerminalProfileFinding] = []
  /// The files that could not be read, each with why.
  public var unreadable: [DataFileError] = []
  public var checked: [String] = []

  /// The report for files already read: `(path, text or nil when unreadable)`.
  public init(files: [(path: String, text: String?)]) {
    self.init(
      read: files.map { file in
        guard let text = file.text else {
          let problem = DataFileProblem.unreadable("cannot read the file; check the path")
          return (file.path, .failure(DataFileError(file: file.path, line: 1, problem: problem)))
        }
        return (file.path, .success(text))
      })
  }

  /// The report for files as `DataFile` read them: a refused file says why (too large,
  /// not UTF-8, not a regular file) at its file:line.
  public init(read files: [(path: String, result: Result<String, DataFileError>)]) {
    for (path, result) in files {
      let text: String
      switch result {
      case .success(let read): text = read
      case .failure(let problem):
        unreadable.append(problem)
        continue
      }
      checked.append(path)
      if case .failure(.invalid(let found)) = TerminalProfile.read(toml: text, file: path) {
        findings += found
      }
    }
  }

  public var exitCode: Int32 {
    if !unreadable.isEmpty { return 2 }
    return findings.isEmpty ? 0 : 1
  }

  /// One line per problem, then a summary line.
  public func text(_ language: Language) -> String {
    var lines = unreadable.map { $0.message(language) } + findings.map { $0.line(language) }
    let summary: TerminalPhrase =
      exitCode == 0
      ? .profilesOK(files: checked.count)
      : .profileProblems(findings: findings.count, unreadable: unreadable.count)
    lines.append(summary.text(language))
    return lines.joined(separator: "\n") + "\n"
  }
}
