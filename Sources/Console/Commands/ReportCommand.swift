import ArgumentParser
import Foundation
import Model

/// `pos-console report [--last | --session ID] [--format text|json]`: a self-check case summary.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Print the case summary of a self-check session.",
    discussion: "Exit 0 printed, 1 no such session, 2 unreadable data or guides."
  )

  @Flag(help: "The most recent session (the default).")
  var last = false

  @Option(help: "The session with this ID.")
  var session: String?

  @Option(help: "text or json.")
  var format: String = "text"

  @Option(help: "The data directory (default: POS_CONSOLE_DATA, XDG_DATA_HOME, ~/.local/share).")
  var dataDir: String?

  func validate() throws {
    if last && session != nil { throw ValidationError("Use either --last or --session, not both.") }
    if GuideReportRequest.Format(rawValue: format) == nil {
      throw ValidationError("--format must be text or json.")
    }
  }

  func run() throws {
    let language = commandLanguage()
    let path = databasePath(inDataDirectory: try commandDataDirectory(dataDir))
    guard FileManager.default.fileExists(atPath: path) else {
      printError(
        CommandText.noSessionsYet(path: path)(language))
      throw ExitCode(1)
    }
    let store: GuideSessionStore
    do {
      store = GuideSessionStore(database: try AppDatabase(path: path))
    } catch {
      printError(
        CommandText.cannotOpenDatabase(path: path, error: "\(error)")(
          language))
      throw ExitCode(2)
    }
    // Named with the profile's menus, as the console showed them.
    let profile = defaultGuideProfile()
    let guides =
      guidePaths([], language: language).map {
        GuideLibrary.guides(GuideSourceFile.read(paths: $0).files).guides.map { guide in
          profile.map { guide.namingMenus(of: $0) } ?? guide
        }
      } ?? []
    let request = GuideReportRequest(
      selection: session.map { .session($0) } ?? .last,
      format: GuideReportRequest.Format(rawValue: format) ?? .text, language: language)
    let result = request.run(store: store, guides: guides)
    print(result.output, terminator: "")
    if !result.error.isEmpty { printError(result.error) }
    if result.exitCode != 0 { throw ExitCode(result.exitCode) }
  }
}
