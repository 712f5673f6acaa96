import ArgumentParser
import Foundation
import Model

/// `pos-console guides prove [--format text|json]`: walks the guide against the simulated
/// shop for every case, over every outcome of the shop's chance.
struct GuidesProveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prove",
    abstract: "Walk the guide honestly for every case; report each verdict and its probability.",
    discussion:
      "Exit 0 when every case reaches its right verdict (certainly, or with probability 0.99 "
      + "where a camera read is chancy), 1 if one does not, 2 unreadable input."
  )

  enum Format: String, ExpressibleByArgument { case text, json }

  @Option(help: "text or json.")
  var format: Format = .text

  @Option(help: "The case book (default: guides/cases.toml).")
  var cases: String?

  @Argument(help: "The guide file (default: guides/scan-selfcheck.toml).")
  var guide: String?

  func run() throws {
    guard let path = guide ?? locateResource("guides/scan-selfcheck.toml"),
      let text = try? String(contentsOfFile: path, encoding: .utf8)
    else {
      printError(
        "pos-console guides prove: cannot read the guide; pass a path or set POS_CONSOLE_HOME")
      throw ExitCode(2)
    }
    guard let parsed = GuideParser.parse(text, file: path).guide else {
      printError("pos-console guides prove: \(path) does not parse; run guides validate")
      throw ExitCode(2)
    }
    guard let book = cases ?? locateResource("guides/cases.toml") else {
      printError("pos-console guides prove: cannot find guides/cases.toml; pass --cases")
      throw ExitCode(2)
    }
    let loaded = ProverCaseBook.load(book)
    for problem in loaded.problems { printError("\(problem)") }
    if loaded.cases.isEmpty { throw ExitCode(2) }
    var report = ProverReport(guide: parsed, cases: loaded.cases)
    report.bookProblems = loaded.problems.map(\.description)
    switch format {
    case .text:
      print(report.text(), terminator: "")
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      let data = try encoder.encode(report)
      print(String(decoding: data, as: UTF8.self))
    }
    if report.exitCode != 0 { throw ExitCode(report.exitCode) }
  }
}
