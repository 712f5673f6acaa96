import ArgumentParser
import Foundation
import Model

/// `pos-console classify CODE`: which wallet a payment code belongs to, and whether the
/// terminal takes it. Exit 0 supported, 1 unsupported or unknown, 2 malformed input.
struct ClassifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "classify",
    abstract: "Classify a customer payment code: wallet, rule matched, supported.",
    discussion: "Exit status: 0 supported, 1 unsupported or unknown, 2 malformed input, "
      + "3 the payment-code table could not be loaded.")

  /// Exit status when the data table is missing or broken.
  static let dataErrorExit: Int32 = 3

  @Argument(help: "The code as scanned or typed (quote it if it has spaces).")
  var code: String

  @Option(help: "Output format: text or json.")
  var format = "text"

  @Option(help: "Path of payment-codes.toml (default: data/payment-codes.toml beside the program).")
  var data: String?

  @Option(help: "Language of the text output: zh or en (default from LC_ALL, LC_MESSAGES, LANG).")
  var lang: String?

  func validate() throws {
    guard ClassifyFormat(rawValue: format) != nil else {
      throw ValidationError("--format must be text or json, not \"\(format)\"")
    }
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError("--lang must be zh or en, not \"\(lang)\"")
    }
  }

  func run() throws {
    let format = ClassifyFormat(rawValue: format) ?? .text
    // --lang, else LC_ALL, LC_MESSAGES, LANG: the same choice as every other command.
    let language = lang.flatMap(Language.init(rawValue:)) ?? commandLanguage()
    let table: PaymentCodeTable
    do {
      guard let path = data ?? locateResource("data/payment-codes.toml") else {
        throw PaymentCodeTableError.unreadable(
          path: "data/payment-codes.toml",
          message: "not found; pass --data PATH or set POS_CONSOLE_HOME")
      }
      table = try PaymentCodeTable(contentsOfFile: path)
    } catch {
      FileHandle.standardError.write(Data("pos-console classify: \(error)\n".utf8))
      throw ExitCode(Self.dataErrorExit)
    }
    let report = ClassifyReport.make(table.classify(code), format: format, language: language)
    print(report.output)
    if report.exitCode != 0 { throw ExitCode(report.exitCode) }
  }
}
