import Foundation
import Model

/// Runs the effects `update` asks for: the database, files, the log. Lives
/// outside the state so `update` stays a pure function of values.
final class AppServices {
  let dataDirectory: String
  let log: EventLog
  private(set) var database: AppDatabase?
  /// Where `database` lives, for messages that say what could not be opened.
  var databasePath: String { Console.databasePath(inDataDirectory: dataDirectory) }

  /// Why the data dir itself cannot be used, found before the first frame.
  let directoryProblem: DataStoreProblem?
  /// The console's language at start, for messages about data files.
  var language: Language = .zh

  init(dataDirectory: String, log: EventLog, directoryProblem: DataStoreProblem? = nil) {
    self.dataDirectory = dataDirectory
    self.log = log
    self.directoryProblem = directoryProblem
  }

  /// The database, opening it now if it could not be opened before; nil (and logged)
  /// while it still cannot be.
  func reopenDatabaseIfNeeded() -> AppDatabase? {
    if let database { return database }
    do {
      database = try AppDatabase.openChecked(path: databasePath)
      log.write("database opened: \(databasePath)")
    } catch {
      log.write("database still unusable: \(error)")
    }
    return database
  }

  /// Opens the database and reads the shipped data files. Called after the first
  /// frame is on screen, so start-up never waits for it.
  func loadResources(terminalProfile: String = TerminalProfileLocation.defaultName) -> Resources {
    var resources = Resources()
    do {
      if let directoryProblem { throw directoryProblem }
      let opened = try AppDatabase.openChecked(path: databasePath)
      database = opened
      resources.databaseOpen = true
      let store = TransactionStore(database: opened)
      resources.ledger = try store.loadLedger()
      resources.settings = try store.loadSettings()
      _ = try MerchantDirectory(database: opened).seedSampleDirectoryIfEmpty()
      resources.unfinishedGuide = try work.unfinishedGuideSession()
      resources.storedTraining = try TrainingModeStore(database: opened).load()
      resources.records = try RecordsHomeSummary.read(
        database: opened, now: Date(), calendar: .current)
    } catch let problem as DataStoreProblem {
      resources.storeProblem = problem
      log.write("data store unusable: \(problem)")
      resources.problems.append(problem.message(language))
    } catch {
      resources.problems.append("\(databasePath): \(error)")
    }
    if let path = locateResource("data/payment-codes.toml") {
      do {
        resources.codes = try PaymentCodeTable(contentsOfFile: path)
      } catch {
        resources.problems.append("\(error)")
      }
    } else {
      resources.problems.append("data/payment-codes.toml: not found (set POS_CONSOLE_HOME)")
    }
    switch TerminalProfileLocation.load(terminalProfile) {
    case .success(let profile): resources.profile = profile
    case .failure(let problem): resources.problems.append(problem.description)
    }
    if let directory = locateResource("data") {
      do {
        resources.merchantTables = try MerchantCodeTables.load(directory: directory)
      } catch {
        resources.problems.append("\(error)")
      }
    }
    resources.guides = loadGuides(into: &resources.problems)
    resources.nameGuideMenus()
    for problem in resources.problems { log.write("load problem: \(problem)") }
    return resources
  }

  private func loadGuides(into problems: inout [String]) -> [Guide] {
    guard let directory = locateResource("guides") else {
      problems.append("guides/: not found (set POS_CONSOLE_HOME)")
      return []
    }
    let (files, unreadable) = GuideSourceFile.read(paths: [directory])
    let (guides, errors) = GuideLibrary.guides(files)
    for issue in unreadable + errors { problems.append(issue.text(language)) }
    return guides
  }

  /// Carries out one effect; what it learns comes back as actions for `update`.
  func perform(_ effect: AppEffect) -> [AppAction] {
    switch effect {
    case .quit: return []
    case .log(let message):
      log.write(message)
      return []
    case .persistTerminal(let events): return persistTerminal(events)
    case .escalation, .guideBegin, .guideSave, .guideAbandon, .training, .records:
      return work.perform(effect)
    }
  }

  /// What work off the loop may use: the services as they are now, as values.
  var work: ServiceWork {
    ServiceWork(dataDirectory: dataDirectory, log: log, database: database)
  }

  /// The newest self-check that did not end, with its answers, for the resume offer.
  func unfinishedGuideSession() throws -> ResumableGuideSession? {
    try work.unfinishedGuideSession()
  }
}
