/// The outcome of `guides validate`: every issue, the text to print and the exit code.
public struct GuideValidationReport: Equatable, Sendable {
  public var issues: [GuideIssue]
  public var fileCount: Int
  /// With strict on, warnings count as errors.
  public var strict: Bool

  public init(issues: [GuideIssue], fileCount: Int, strict: Bool) {
    self.issues = issues
    self.fileCount = fileCount
    self.strict = strict
  }

  /// Validates already-read files; `readIssues` are the paths that could not be read; menu
  /// nodes are checked against `profile` when one is given.
  public init(
    files: [GuideSourceFile], readIssues: [GuideIssue] = [], strict: Bool,
    profile: TerminalProfile? = nil
  ) {
    var issues = readIssues
    for file in files {
      issues += GuideValidator.issues(source: file.text, file: file.path, profile: profile)
    }
    self.init(issues: issues, fileCount: files.count, strict: strict)
  }

  /// The severity as reported, after `--strict`.
  public func effectiveSeverity(_ issue: GuideIssue) -> GuideIssueSeverity {
    strict ? .error : issue.severity
  }

  /// 0 clean, 1 findings that count (errors, or warnings in strict mode), 2 unreadable input.
  public var exitCode: Int32 {
    if issues.contains(where: \.isUnreadable) {
      return 2
    }
    return issues.contains { effectiveSeverity($0) == .error } ? 1 : 0
  }

  /// One line per issue (`file:line: severity [step]: message`), then a count.
  public func text(_ language: Language) -> String {
    var lines: [String] = []
    for issue in issues {
      let severity = GuideText.severity(effectiveSeverity(issue))(language)
      let step = issue.stepID.map { " [\($0)]" } ?? ""
      lines.append("\(issue.location): \(severity)\(step): \(issue.kind.message(language))")
    }
    let errors = issues.filter { effectiveSeverity($0) == .error }.count
    let warnings = issues.count - errors
    lines.append(
      GuideText.validationTotal(files: fileCount, errors: errors, warnings: warnings)(language))
    return lines.joined(separator: "\n") + "\n"
  }
}
