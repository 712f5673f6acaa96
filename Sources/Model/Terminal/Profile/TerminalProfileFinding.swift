/// One thing wrong with a terminal profile, and where.
public struct TerminalProfileFinding: Equatable, Sendable, CustomStringConvertible {
  /// The kinds of problem `terminal validate` reports.
  public enum Kind: String, Equatable, Sendable {
    case syntax
    case missingField = "missing-field"
    case badValue = "bad-value"
    case unknownReference = "unknown-reference"
    case duplicateID = "duplicate-id"
    case missingTranslation = "missing-translation"
    case badLimit = "bad-limit"
  }

  public var file: String
  public var line: Int
  public var kind: Kind
  /// What is wrong and what to do.
  public var text: ProfileFindingText

  public init(file: String, line: Int, kind: Kind, message: ProfileFindingText) {
    self.file = file
    self.line = line
    self.kind = kind
    self.text = message
  }

  /// What is wrong and what to do, in English.
  public var message: String { text(.en) }

  public var description: String { line(.en) }

  /// `file:line: kind: message`, the message in `language` (the kind is a key, as in the file).
  public func line(_ language: Language) -> String {
    "\(file):\(line): \(kind.rawValue): \(text(language))"
  }
}

/// A profile that could not be used: every finding, or why the file could not be read.
public enum TerminalProfileError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(path: String, message: String)
  case invalid([TerminalProfileFinding])

  public var description: String {
    switch self {
    case .unreadable(let path, let message):
      return "\(path): cannot read the terminal profile (\(message)); check the path."
    case .invalid(let findings):
      return findings.map(\.description).joined(separator: "\n")
    }
  }
}
