import ArgumentParser
import Foundation
import Model

/// `pos-console terminal`: checks the simulated terminal's profile files.
struct TerminalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "terminal",
    abstract: "Check the simulated terminal's profiles.",
    subcommands: [TerminalValidateCommand.self]
  )
}

/// `pos-console terminal validate [PATH…]`.
struct TerminalValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract:
      "Report unknown node references, duplicate IDs, missing translations and bad limits.",
    discussion: "Exit 0 clean, 1 findings, 2 unreadable input."
  )

  @Argument(help: "Profile files (default: every file in data/terminal-profiles).")
  var paths: [String] = []

  func run() throws {
    let language = commandLanguage()
    let files = paths.isEmpty ? shippedProfiles() : paths
    guard !files.isEmpty else {
      printError(
        CommandText.profilesNotFound(language))
      throw ExitCode(2)
    }
    let report = TerminalProfileValidation(read: files.map { ($0, DataFile.result($0)) })
    print(report.text(language), terminator: "")
    if report.exitCode != 0 { throw ExitCode(report.exitCode) }
  }

  private func shippedProfiles() -> [String] {
    guard let directory = locateResource(TerminalProfileLocation.directory),
      let names = try? FileManager.default.contentsOfDirectory(atPath: directory)
    else { return [] }
    return names.filter { $0.hasSuffix(".toml") }.sorted().map { "\(directory)/\($0)" }
  }
}
