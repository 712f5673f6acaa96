import ArgumentParser
import Foundation
import Model

/// `pos-console records export|import`: the records for a backup, the owner's spreadsheet, or a
/// restore into a new data dir.
struct RecordsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "records",
    abstract: "Export the records for a backup or a spreadsheet; restore one.",
    subcommands: [RecordsExportCommand.self, RecordsImportCommand.self])
}

/// `pos-console records export --format json|csv [--since DATE] [--output PATH]`.
struct RecordsExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write sessions, answers, verdicts, cases, care and training results.",
    discussion:
      "json: JSON Lines (one {\"table\", \"row\"} object a line) to standard output or --output "
      + "FILE; this is what `records import` restores. csv: one CSV file per table in --output DIR, "
      + "for a spreadsheet (cells that would run as formulas start with '). Progress goes to "
      + "standard error on a terminal. Exit 0 written, 1 no records yet, 2 unreadable or unwritable."
  )

  @Option(help: "json or csv.")
  var format: String = "json"

  @Option(help: "Only records on or after this day (YYYY-MM-DD).")
  var since: String?

  @Option(help: "json: the file to write (default: standard output); csv: the folder.")
  var output: String?

  @Option(help: "The data directory (default: POS_CONSOLE_DATA, XDG_DATA_HOME, ~/.local/share).")
  var dataDir: String?

  func validate() throws {
    if RecordsExport.Format(rawValue: format) == nil {
      throw ValidationError("--format must be json or csv.")
    }
  }

  func run() throws {
    let language = commandLanguage()
    let format = RecordsExport.Format(rawValue: format) ?? .json
    if format == .csv && output == nil {
      printError(RecordsText.csvNeedsOutput(language))
      throw ExitCode(2)
    }
    let since = try RecordsCommandDates.day(since, option: "--since", language: language)
    let database = try RecordsCommandDatabase.open(dataDir, language: language)
    let export = RecordsExport(since: since)
    let counts: [RecordsTable: Int]
    do {
      counts = try export.counts(database)
    } catch {
      printError(RecordsText.cannotOpen(path: dataDir ?? "", reason: "\(error)")(language))
      throw ExitCode(2)
    }
    let progress = RecordsProgress(language: language)
    var sink: RecordsSink?
    if format == .csv, let output { mkdir(output, 0o700) }
    for table in RecordsTable.allCases {
      let path = format == .csv ? (output ?? ".") + "/\(table.exportName).csv" : output
      if sink == nil || format == .csv {
        try sink?.close(language: language)
        sink = try RecordsSink(path: path, language: language)
      }
      guard let current = sink else { continue }
      do {
        try export.write(
          table, format: format, on: database,
          progress: { progress.show(table: table.exportName, done: $0, total: counts[table] ?? 0) },
          write: current.write)
      } catch {
        progress.clear()
        printError(RecordsText.cannotWrite(path: path ?? "-", reason: "\(error)")(language))
        throw ExitCode(2)
      }
    }
    try sink?.close(language: language)
    progress.clear()
    if let output {
      printError(
        RecordsText.exported(rows: counts.values.reduce(0, +), path: output)(language))
    }
  }
}

/// `pos-console records import FILE`: a restore of a JSON export into an empty data dir.
struct RecordsImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Restore a `records export --format json` file into a data dir with no records.",
    discussion:
      "All of the file or, on the first bad line (named with its number), none of it. "
      + "Exit 0 restored, 2 refused or unreadable.")

  @Argument(help: "The JSON Lines file `records export` wrote.")
  var file: String

  @Option(help: "The data directory (default: POS_CONSOLE_DATA, XDG_DATA_HOME, ~/.local/share).")
  var dataDir: String?

  func run() throws {
    let language = commandLanguage()
    // A FIFO or a device would block the open until something writes to it.
    let type =
      (try? FileManager.default.attributesOfItem(atPath: file))?[.type] as? FileAttributeType
    guard type == .typeRegular else {
      printError(RecordsText.notAFile(path: file)(language))
      throw ExitCode(2)
    }
    guard let handle = FileHandle(forReadingAtPath: file) else {
      printError(
        RecordsText.cannotRead(path: file, reason: String(cString: strerror(errno)))(language))
      throw ExitCode(2)
    }
    defer { try? handle.close() }
    let database = try RecordsCommandDatabase.open(dataDir, language: language, mustExist: false)
    let progress = RecordsProgress(language: language)
    do {
      let counts = try RecordsImport().run(
        lines: FileLines(handle: handle), into: database,
        progress: { progress.show(table: file, done: $0, total: 0) })
      progress.clear()
      printError(RecordsText.imported(rows: counts.values.reduce(0, +))(language))
    } catch {
      progress.clear()
      switch error {
      case .notEmpty(let table, let rows):
        printError(RecordsText.importNotEmpty(table: table, rows: rows)(language))
      case .badLine(let line, let reason):
        printError(RecordsText.importBadLine(path: file, line: line, reason: reason)(language))
      case .database(let line, let message):
        printError(RecordsText.importDatabase(path: file, line: line, message: message)(language))
      }
      throw ExitCode(2)
    }
  }
}
