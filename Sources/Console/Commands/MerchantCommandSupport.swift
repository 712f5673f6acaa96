import ArgumentParser
import Foundation
import Model

/// Options every merchant command takes: where the data lives and which language to print.
struct MerchantStoreOptions: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: "Data directory (default: $POS_CONSOLE_DATA, else ~/.local/share/pos-console).")
  var dataDirectory: String?

  @Option(name: .customLong("lang"), help: "Output language: zh or en (default: from $LANG).")
  var language: Language?

  /// The output language: the option, else the locale.
  var outputLanguage: Language {
    if let language { return language }
    let environment = ProcessInfo.processInfo.environment
    return Language.fromLocale(environment["LC_ALL"] ?? environment["LANG"])
  }

  /// Opens the directory in the data dir; `seed` fills an empty one with the samples.
  func openDirectory(seed: Bool) throws -> MerchantDirectory {
    let path = databasePath(inDataDirectory: try commandDataDirectory(dataDirectory))
    let database: AppDatabase
    do {
      database = try AppDatabase(path: path)
    } catch {
      throw MerchantCommandFailure("cannot open the database \(path): \(error)")
    }
    let directory = MerchantDirectory(database: database)
    if seed {
      do {
        try directory.seedSampleDirectoryIfEmpty()
      } catch {
        throw MerchantCommandFailure(error.message(outputLanguage))
      }
    }
    return directory
  }

  /// Loads the decoding tables from the shipped `data/` directory.
  func loadTables() throws -> MerchantCodeTables {
    guard let data = locateResource("data/mcc.toml") else {
      throw MerchantCommandFailure(
        "cannot find data/mcc.toml: run from the PosConsole directory or set POS_CONSOLE_HOME")
    }
    do {
      return try MerchantCodeTables.load(
        directory: URL(fileURLWithPath: data).deletingLastPathComponent().path)
    } catch {
      throw MerchantCommandFailure(error.description)
    }
  }
}

/// A command that could not run (missing data, unopenable database): exit status 3.
struct MerchantCommandFailure: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }

  static let exitCode = ExitCode(3)
}

/// Writes text to standard output in large chunks (a million-row export stays fast).
struct BufferedOutput {
  private var buffer: [UInt8] = []

  mutating func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
