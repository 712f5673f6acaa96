import ArgumentParser
import Model

/// `pos-console merchants import|export`: the local merchant directory as CSV.
struct MerchantsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merchants",
    abstract: "Import or export the local merchant directory (CSV).",
    subcommands: [
      MerchantsImportCommand.self, MerchantsExportCommand.self, MerchantsBenchLookupCommand.self,
    ])
}

/// `pos-console merchants import FILE.csv`.
struct MerchantsImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a directory CSV: all rows or none; rows are matched by merchant number.",
    discussion: """
      Header: \(MerchantCSVFormat.header)
      terminals and methods hold several values separated by ';'; mcc and region may be empty \
      (taken from the number); status is normal, risk_hold or frozen. Exit status: 0 imported, \
      1 the file was refused (nothing imported), 3 the database is unavailable.
      """)

  @Argument(help: "The CSV file (UTF-8).")
  var file: String

  @OptionGroup var store: MerchantStoreOptions

  @Flag(help: "No progress line on standard error (it is drawn only on a terminal anyway).")
  var quiet = false

  func run() throws {
    let language = store.outputLanguage
    let progress = ProgressLine(quiet: quiet, language: language)
    defer { progress.finish() }
    do {
      let summary = try store.openDirectory(seed: false).importCSV(path: file) {
        progress.update($0)
      }
      progress.finish()
      print(summary.message(language))
    } catch let failure as MerchantCommandFailure {
      printError("pos-console merchants import: \(failure)")
      throw MerchantCommandFailure.exitCode
    } catch let error as MerchantImportError {
      printError(error.message(language))
      if case .database = error { throw MerchantCommandFailure.exitCode }
      throw ExitCode(1)
    }
  }
}

/// `pos-console merchants export`: the directory as CSV on standard output.
struct MerchantsExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write the directory as CSV to standard output.")

  @OptionGroup var store: MerchantStoreOptions

  @Flag(help: "No progress line on standard error (it is drawn only on a terminal anyway).")
  var quiet = false

  func run() throws {
    var output = BufferedOutput()
    let progress = ProgressLine(quiet: quiet, language: store.outputLanguage)
    defer { progress.finish() }
    do {
      try store.openDirectory(seed: true).exportCSV(
        { output.write($0) }, progress: { progress.update($0) })
      output.flush()
    } catch let failure as MerchantCommandFailure {
      printError("pos-console merchants export: \(failure)")
      throw MerchantCommandFailure.exitCode
    } catch let error as MerchantDirectoryError {
      output.flush()
      printError(error.message(store.outputLanguage))
      throw MerchantCommandFailure.exitCode
    }
  }
}
