/// Loads guides for use, refusing any file the validator finds errors in.
public enum GuideLibrary {
  /// The guide in `source`, or the errors that make it unusable (warnings are let through).
  public static func guide(source: String, file: String) throws(GuideLoadError) -> Guide {
    let parsed = GuideParser.parse(source, file: file)
    var errors = parsed.issues.filter { $0.severity == .error }
    if let guide = parsed.guide {
      errors += GuideValidator.graphIssues(guide, broken: parsed.brokenStepIDs).filter {
        $0.severity == .error
      }
      if errors.isEmpty { return guide }
    }
    throw GuideLoadError(issues: errors)
  }

  /// Every usable guide among `files`, plus the errors of the others.
  public static func guides(_ files: [GuideSourceFile]) -> (guides: [Guide], errors: [GuideIssue]) {
    var guides: [Guide] = []
    var errors: [GuideIssue] = []
    for file in files {
      do throws(GuideLoadError) {
        guides.append(try guide(source: file.text, file: file.path))
      } catch {
        errors += error.issues
      }
    }
    return (guides, errors)
  }
}

/// A guide file that cannot be used, with every error found in it.
public struct GuideLoadError: Error, Equatable, Sendable {
  public var issues: [GuideIssue]

  /// The errors, one `file:line: message` per line.
  public func message(_ language: Language) -> String {
    issues.map { "\($0.location): \($0.kind.message(language))" }.joined(separator: "\n")
  }
}
