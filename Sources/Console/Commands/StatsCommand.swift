import ArgumentParser
import Foundation
import Model

/// `pos-console stats [--since DATE] [--until DATE] [--format text|json|csv]`: what the shop's
/// records say — results per start, where sessions end, causes, time to fix, units to replace,
/// operators to train, open cases and routine care.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Print what the self-check records say: results, causes, time to fix, units, people.",
    discussion:
      "Dates are YYYY-MM-DD in the shop's time zone; --until includes that whole day. "
      + "Exit 0 printed, 1 no records yet, 2 unreadable data.")

  @Option(help: "Only sessions started on or after this day (YYYY-MM-DD).")
  var since: String?

  @Option(help: "Only sessions started on or before this day (YYYY-MM-DD).")
  var until: String?

  @Option(help: "text, json or csv.")
  var format: String = "text"

  @Option(help: "The data directory (default: POS_CONSOLE_DATA, XDG_DATA_HOME, ~/.local/share).")
  var dataDir: String?

  func validate() throws {
    if RecordsStatsReport.Format(rawValue: format) == nil {
      throw ValidationError("--format must be text, json or csv.")
    }
  }

  func run() throws {
    let language = commandLanguage()
    let since = try RecordsCommandDates.day(since, option: "--since", language: language)
    let until = try RecordsCommandDates.day(until, option: "--until", language: language)
      .map { $0.addingTimeInterval(86_400) }
    let database = try RecordsCommandDatabase.open(dataDir, language: language)
    let guide = RecordsCommandGuide.shipped(language: language)
    let scenarios = RecordsCommandGuide.scenariosByVerdict()
    let query = RecordsStatsQuery(
      since: since, until: until, hardwareVerdicts: guide.map(RecordsHardware.verdicts) ?? [],
      scenariosByVerdict: scenarios, utcOffsetSeconds: TimeZone.current.secondsFromGMT())
    let stats: RecordsStats
    do {
      stats = try query.run(on: database, now: Date())
    } catch {
      printError(RecordsText.cannotOpen(path: dataDir ?? "", reason: "\(error)")(language))
      throw ExitCode(2)
    }
    let report = RecordsStatsReport(language: language, guide: guide)
    print(
      report.render(stats, format: RecordsStatsReport.Format(rawValue: format) ?? .text),
      terminator: "")
  }
}

/// The parts the records commands share: the data dir's database, dates, the guide's names.
enum RecordsCommandDatabase {
  /// The app database in the data dir; exit 1 when there is none yet, 2 when it cannot be read.
  static func open(_ dataDir: String?, language: Language, mustExist: Bool = true) throws
    -> AppDatabase
  {
    let path = databasePath(inDataDirectory: try commandDataDirectory(dataDir))
    if mustExist && !FileManager.default.fileExists(atPath: path) {
      printError(RecordsText.noDatabase(path: path)(language))
      throw ExitCode(1)
    }
    do {
      return try AppDatabase(path: path)
    } catch {
      printError(RecordsText.cannotOpen(path: path, reason: "\(error)")(language))
      throw ExitCode(2)
    }
  }
}

enum RecordsCommandDates {
  /// The start of day `text` (YYYY-MM-DD) in the shop's time zone; nil when not given.
  static func day(_ text: String?, option: String, language: Language) throws -> Date? {
    guard let text else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone.current
    guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
      (1...12).contains(month), (1...31).contains(day),
      let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
      calendar.component(.day, from: date) == day
    else {
      printError(RecordsText.badDate(option: option, value: text)(language))
      throw ExitCode(2)
    }
    return date
  }
}

enum RecordsCommandGuide {
  /// The shipped scan self-check guide, for start and verdict names; nil when it cannot be read.
  static func shipped(language: Language) -> Guide? {
    guard let paths = guidePaths([], language: language) else { return nil }
    return GuideLibrary.guides(GuideSourceFile.read(paths: paths).files).guides.first
  }

  /// The shipped training scenarios by the verdict each practises.
  static func scenariosByVerdict() -> [String: [String]] {
    guard let directory = locateResource("guides/scenarios") else { return [:] }
    var byVerdict: [String: [String]] = [:]
    for scenario in TrainingScenarioParser.load(directory: directory).scenarios {
      byVerdict[scenario.cause, default: []].append(scenario.id)
    }
    return byVerdict
  }
}
