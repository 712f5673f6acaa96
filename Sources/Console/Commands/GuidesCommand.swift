import ArgumentParser
import Foundation
import Model

/// `pos-console guides`: checks the self-check guide files.
struct GuidesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "guides",
    abstract: "Check the self-check guide files.",
    subcommands: [
      GuidesValidateCommand.self, GuidesCoverageCommand.self, GuidesProveCommand.self,
      GuidesMutateCommand.self,
    ]
  )
}

/// `pos-console guides validate [PATH…] [--strict]`.
struct GuidesValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Report broken links, dead ends, unreachable steps and missing translations.",
    discussion: "Exit 0 clean, 1 findings, 2 unreadable input."
  )

  @Argument(help: "Guide files or directories (default: the shipped guides/ directory).")
  var paths: [String] = []

  @Flag(help: "Treat warnings as errors.")
  var strict = false

  func run() throws {
    let language = commandLanguage()
    guard let paths = guidePaths(paths, language: language) else { throw ExitCode(2) }
    let read = GuideSourceFile.read(paths: paths)
    let report = GuideValidationReport(
      files: read.files, readIssues: read.issues, strict: strict, profile: defaultGuideProfile())
    print(report.text(language), terminator: "")
    if report.exitCode != 0 { throw ExitCode(report.exitCode) }
  }
}

/// `pos-console guides coverage [PATH…]`.
struct GuidesCoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coverage",
    abstract: "List each required topic with the steps and verdicts covering it.",
    discussion: "Exit 0 when every topic is covered, 1 if one is missing, 2 unreadable input."
  )

  @Argument(help: "Guide files or directories (default: the shipped guides/ directory).")
  var paths: [String] = []

  func run() throws {
    let language = commandLanguage()
    guard let paths = guidePaths(paths, language: language) else { throw ExitCode(2) }
    let read = GuideSourceFile.read(paths: paths)
    let loaded = GuideLibrary.guides(read.files)
    let problems = read.issues + loaded.errors
    if !problems.isEmpty {
      let text = GuideValidationReport(issues: problems, fileCount: read.files.count, strict: false)
      printError(text.text(language))
      if !read.issues.isEmpty { throw ExitCode(2) }
    }
    let coverage = GuideCoverage(guides: loaded.guides)
    print(coverage.text(language), terminator: "")
    if coverage.exitCode != 0 || !problems.isEmpty { throw ExitCode(1) }
  }
}

/// The paths given, or the shipped `guides/` directory; nil (after saying so) if there is none.
func guidePaths(_ given: [String], language: Language) -> [String]? {
  if !given.isEmpty { return given }
  if let shipped = locateResource("guides") { return [shipped] }
  printError(
    CommandText.guidesNotFound(language))
  return nil
}

/// The default terminal profile, against which guides' menu nodes are checked; nil (after
/// saying why) when it cannot be loaded, so the other checks still run.
func defaultGuideProfile() -> TerminalProfile? {
  switch TerminalProfileLocation.load(TerminalProfileLocation.defaultName) {
  case .success(let profile): return profile
  case .failure(let problem):
    printError("pos-console guides: menu nodes not checked: \(problem)\n")
    return nil
  }
}

/// The language for command output, from the usual locale variables.
func commandLanguage() -> Language {
  let environment = ProcessInfo.processInfo.environment
  let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }
    .first { !$0.isEmpty }
  return Language.fromLocale(locale)
}
