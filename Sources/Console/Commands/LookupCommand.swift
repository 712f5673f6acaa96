import ArgumentParser
import Model

/// `pos-console lookup NUMBER [--slip N] [--terminal T] [--format text|json]`.
struct LookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract:
      "Decode a merchant number, find it in the directory, and check a slip for code jumping.",
    discussion: """
      Exit status: 0 decoded and found (and the slip matches), 1 decoded but not in the \
      directory or the slip does not match, 2 malformed input, 3 data or database unavailable.
      """)

  /// Output format of the report.
  enum Format: String, ExpressibleByArgument {
    case text
    case json
  }

  @Argument(help: "The 15-digit merchant number (spaces and dashes allowed).")
  var number: String

  @Option(help: "The merchant number printed on a slip, to compare (code-jumping check).")
  var slip: String?

  @Option(help: "The terminal number printed on the slip.")
  var terminal: String?

  @Option(help: "text or json.")
  var format: Format = .text

  @OptionGroup var store: MerchantStoreOptions

  func run() throws {
    let report: MerchantLookupReport
    do {
      report = try MerchantLookupReport.run(
        MerchantLookupRequest(number: number, slip: slip, terminal: terminal),
        tables: store.loadTables(), directory: store.openDirectory(seed: true))
    } catch let failure as MerchantCommandFailure {
      printError("pos-console lookup: \(failure)")
      throw MerchantCommandFailure.exitCode
    } catch let error as MerchantDirectoryError {
      printError("pos-console lookup: \(error.message(store.outputLanguage))")
      throw MerchantCommandFailure.exitCode
    }
    switch format {
    case .text: print(report.text(store.outputLanguage), terminator: "")
    case .json: print(report.json(store.outputLanguage), terminator: "")
    }
    throw ExitCode(report.exitStatus.rawValue)
  }
}
