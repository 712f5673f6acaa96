import ArgumentParser
import Foundation
import Model

/// `pos-console guides mutate [GUIDE] [--cases FILE]`: makes wrong copies of the guide and
/// counts how many the proof (prove, then validate --strict) notices.
struct GuidesMutateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mutate",
    abstract: "Make wrong copies of the guide; report how many prove or validate catch.",
    discussion: "Exit 0 when at least 95% are caught, 1 otherwise, 2 unreadable input."
  )

  @Option(help: "The case book (default: guides/cases.toml).")
  var cases: String?

  @Argument(help: "The guide file (default: guides/scan-selfcheck.toml).")
  var guide: String?

  func run() throws {
    guard let path = guide ?? locateResource("guides/scan-selfcheck.toml"),
      let text = try? String(contentsOfFile: path, encoding: .utf8),
      let parsed = GuideParser.parse(text, file: path).guide,
      let book = cases ?? locateResource("guides/cases.toml")
    else {
      printError("pos-console guides mutate: cannot read the guide or the case book")
      throw ExitCode(2)
    }
    let loaded = ProverCaseBook.load(book)
    if loaded.cases.isEmpty { throw ExitCode(2) }
    let profile = defaultGuideProfile()
    var survivors: [String] = []
    let mutants = GuideMutation.mutants(of: text, guide: parsed)
    for mutant in mutants {
      guard let wrong = GuideParser.parse(mutant.source, file: path).guide else { continue }
      if !ProverReport(guide: wrong, cases: loaded.cases).passed { continue }
      let validation = GuideValidationReport(
        files: [GuideSourceFile(path: path, text: mutant.source)], readIssues: [], strict: true,
        profile: profile)
      if validation.exitCode != 0 { continue }
      survivors.append(mutant.name)
    }
    let killed = mutants.count - survivors.count
    let score = mutants.isEmpty ? 100 : Double(killed) * 100 / Double(mutants.count)
    print(
      "\(mutants.count) mutants, \(killed) killed, \(survivors.count) survived: "
        + String(format: "%.1f%%", score))
    for name in survivors { print("  survived: \(name)") }
    if score < 95 { throw ExitCode(1) }
  }
}
