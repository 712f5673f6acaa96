/// One bad row of an import file: where, which column, what is wrong.
public struct MerchantImportProblem: Error, Equatable, Sendable {
  /// The 1-based line in the file where the row starts.
  public let line: Int
  /// The column, when one column is at fault.
  public let column: MerchantCSVFormat.Column?
  public let message: MerchantImportText

  public init(line: Int, column: MerchantCSVFormat.Column?, message: MerchantImportText) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// `line 7, status: …` in `language`.
  public func text(_ language: Language) -> String {
    MerchantImportText.place(line: line, column: column?.rawValue)(language) + message(language)
  }
}

/// Why an import changed nothing. Every case means the directory was left as it was.
public enum MerchantImportError: Error, Equatable, Sendable {
  /// The file could not be read.
  case unreadableFile(path: String, reason: String)
  /// The header line is not the directory's header.
  case badHeader(problems: [MerchantImportText])
  /// Rows with problems; `total` counts them all, `problems` lists the first ones.
  case badRows(problems: [MerchantImportProblem], total: Int)
  /// The database refused the import.
  case database(message: String)

  /// The most problems listed; more are only counted, so a bad file cannot flood the screen.
  public static let listedProblemLimit = 50

  /// What went wrong, where, and what to do, in `language` (several lines).
  public func message(_ language: Language) -> String {
    var lines: [String]
    switch self {
    case .unreadableFile(let path, let reason):
      lines = [MerchantImportText.unreadableFile(path: path, reason: reason)(language)]
    case .badHeader(let problems):
      lines = [MerchantImportText.badHeader(expected: MerchantCSVFormat.header)(language)]
      lines += problems.map { "  " + $0(language) }
    case .badRows(let problems, let total):
      lines = [MerchantImportText.badRows(total: total)(language)]
      lines += problems.map { "  " + $0.text(language) }
      if total > problems.count {
        lines.append(MerchantImportText.moreRows(total - problems.count)(language))
      }
    case .database(let message):
      lines = [MerchantImportText.databaseRefused(message)(language)]
    }
    return (lines + [MerchantImportText.nothingImported(language)]).joined(separator: "\n")
  }
}

/// What an import did.
public struct MerchantImportSummary: Equatable, Sendable {
  public var added = 0
  public var changed = 0
  public var unchanged = 0

  public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0) {
    self.added = added
    self.changed = changed
    self.unchanged = unchanged
  }

  /// One line for the console.
  public func message(_ language: Language) -> String {
    MerchantImportText.imported(added: added, changed: changed, unchanged: unchanged)(language)
  }
}
