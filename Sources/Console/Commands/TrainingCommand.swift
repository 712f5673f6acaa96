import ArgumentParser
import Foundation
import Model

/// `pos-console training`: training scenarios and results.
struct TrainingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "training", abstract: "Check training scenarios and print trainees' results.",
    subcommands: [TrainingValidateCommand.self, TrainingReportCommand.self])
}

/// `pos-console training validate [DIR]`.
struct TrainingValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check every scenario against the guides and the simulator's faults.",
    discussion:
      "Reports unknown faults, unknown verdicts and verdicts no guide path reaches, with file:line. "
      + "Exit 0 clean, 1 findings, 2 unreadable scenarios or guides.")

  @Argument(help: "The scenarios directory or one scenario file (default: guides/scenarios).")
  var directory: String?

  func run() throws {
    let language = commandLanguage()
    guard let directory = directory ?? locateResource("guides/scenarios"),
      let guidesDirectory = guidePaths([], language: language)
    else {
      printError("cannot find guides/scenarios; pass a directory or set POS_CONSOLE_HOME")
      throw ExitCode(2)
    }
    let loaded = TrainingScenarioParser.load(directory: directory)
    let read = GuideSourceFile.read(paths: guidesDirectory)
    let guides = GuideLibrary.guides(read.files)
    let unreadable =
      loaded.errors.map(\.description) + (read.issues + guides.errors).map { $0.text(language) }
    for line in unreadable { printError(line) }
    let codes = locateResource("data/payment-codes.toml").flatMap {
      try? PaymentCodeTable(contentsOfFile: $0)
    }
    let findings = TrainingScenarioValidator.findings(
      loaded.scenarios, guides: guides.guides, sampleIDs: codes?.samples.map(\.id))
    for finding in findings { print(finding.description) }
    let uncovered = TrainingScenarioValidator.uncoveredFaults(loaded.scenarios)
    for fault in uncovered {
      print(
        CommandText.faultUnused(fault.rawValue)(language))
    }
    // The count includes what could not be read, so it never says 0 while exiting 2.
    let problems = findings.count + unreadable.count
    let unread =
      unreadable.isEmpty
      ? ""
      : CommandText.unreadableCount(unreadable.count)(language)
    let summary = CommandText.scenarioSummary(
      scenarios: loaded.scenarios.count, problems: problems, unread: unread)(language)
    if unreadable.isEmpty { print(summary) } else { printError(summary) }
    if !unreadable.isEmpty { throw ExitCode(2) }
    if !findings.isEmpty { throw ExitCode(1) }
  }
}

/// `pos-console training report [--trainee ID] [--format text|csv|json]`.
struct TrainingReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Print training results per trainee and topic.",
    discussion: "Exit 0 printed, 1 no results for the trainee, 2 unreadable database.")

  @Option(help: "Only this trainee (name or ID as typed at the start of a run).")
  var trainee: String?

  @Option(help: "text, csv or json.")
  var format: String = "text"

  @Option(help: "The data directory (default: POS_CONSOLE_DATA, XDG_DATA_HOME, ~/.local/share).")
  var dataDir: String?

  func validate() throws {
    if !["text", "csv", "json"].contains(format) {
      throw ValidationError("--format must be text, csv or json.")
    }
  }

  func run() throws {
    let language = commandLanguage()
    let path = databasePath(inDataDirectory: try commandDataDirectory(dataDir))
    let results: [TrainingResult]
    do {
      results = try TrainingResultStore(database: try AppDatabase(path: path)).results(
        trainee: trainee)
    } catch {
      printError(
        CommandText.cannotRead(path: path, error: "\(error)")(language))
      throw ExitCode(2)
    }
    let report = TrainingReport(results: results)
    switch format {
    case "csv": print(report.csv, terminator: "")
    case "json": print(try report.json(), terminator: "")
    default: print(report.text(language), terminator: "")
    }
    if let trainee, results.isEmpty {
      printError(
        CommandText.noResultsForTrainee(trainee)(
          language))
      throw ExitCode(1)
    }
  }
}
