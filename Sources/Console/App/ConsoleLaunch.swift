import Model

/// Everything that happens between the command line and the first frame:
/// language, theme, faults, data dir; then the app loop. Returns the exit status.
struct ConsoleLaunch {
  var language: Language? = nil
  var theme = "default"
  var dataDir: String? = nil
  var fault: String? = nil
  var seed: UInt64 = 1
  var terminalProfile = TerminalProfileLocation.defaultName
  var simulatedSecondMilliseconds: Int32 = 1_000

  func start() -> Int32 {
    let chosenLanguage = language ?? Language.fromLocale(environment("LANG"))
    let loaded: Theme
    do {
      loaded = try loadTheme(theme)
    } catch {
      // The terminal has not been touched yet: the message goes to stderr as is.
      printError("pos-console: theme error: \(error)")
      return 2
    }
    var options = ConsoleOptions()
    if let fault {
      do {
        options.faults = try ScanFault.parseList(fault)
      } catch {
        printError("pos-console: --fault: \(error)")
        return 2
      }
    }
    options.seed = seed
    options.terminalProfile = terminalProfile
    options.simulatedSecondMilliseconds = max(10, simulatedSecondMilliseconds)
    let directory: String
    do {
      directory = try dataDirectoryPath(dataDir)
    } catch {
      printError(error.message(chosenLanguage))
      return 2
    }
    // The folder first: the log opened before a first run's data dir existed had nowhere
    // to go, and that run left no log at all.
    let problem = prepareDataDirectory(directory)
    let services = AppServices(
      dataDirectory: directory, log: EventLog(directory: directory), directoryProblem: problem)
    services.language = chosenLanguage
    let noColor = !(environment("NO_COLOR") ?? "").isEmpty
    do {
      try ConsoleRunner(
        language: chosenLanguage, theme: loaded, noColor: noColor, options: options,
        services: services
      ).run()
    } catch {
      printError("\(error)")
      return error.exitStatus
    }
    // An unusable data dir has no log to keep the reason in: say it once the screen is gone.
    if let problem = services.directoryProblem {
      printError("pos-console: \(problem.message(chosenLanguage))")
    }
    return 0
  }

  private func loadTheme(_ nameOrPath: String) throws(ThemeError) -> Theme {
    let directories = [locateResource("themes")].compactMap { $0 }
    let loader = ThemeLoader(searchDirectories: directories)
    if nameOrPath == "default" && directories.isEmpty { return Theme.fallback }
    return try loader.load(nameOrPath)
  }
}
