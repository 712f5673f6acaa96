import ArgumentParser
import Foundation
import Model

/// `pos-console store show|set`: the store's own merchant number, terminal number,
/// serial and name, which escalation, the case summary and slips show.
struct StoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store",
    abstract: "Show or set this store's merchant number, terminal number, serial and name.",
    subcommands: [StoreShowCommand.self, StoreSetCommand.self],
    defaultSubcommand: StoreShowCommand.self)
}

/// `pos-console store show`.
struct StoreShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print the store's numbers as escalation shows them.")

  @OptionGroup var options: MerchantStoreOptions

  func run() throws {
    let settings = try openSettingsStore(options).loadSettings()
    print(storeSummary(settings, options.outputLanguage))
  }
}

/// `pos-console store set --merchant N --terminal T --serial S --name-zh … --name-en …`.
struct StoreSetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Change the store's numbers; nothing is saved unless every value is valid.")

  @OptionGroup var options: MerchantStoreOptions
  @Option(help: "Merchant number (15 digits; spaces, dashes, full-width digits allowed).")
  var merchant: String?
  @Option(help: "Terminal number (8 letters or digits).") var terminal: String?
  @Option(help: "Serial number from the label on the back.") var serial: String?
  @Option(name: .customLong("name-zh"), help: "Store name in Chinese.") var nameZh: String?
  @Option(name: .customLong("name-en"), help: "Store name in English.") var nameEn: String?

  func run() throws {
    let store = try openSettingsStore(options)
    let current = try store.loadSettings()
    let name: LocalizedText? =
      nameZh == nil && nameEn == nil
      ? nil
      : .data(zh: nameZh ?? current.merchantName.zh, en: nameEn ?? current.merchantName.en)
    let identity = StoreIdentity(
      merchantNumber: merchant, terminalNumber: terminal, serialNumber: serial,
      merchantName: name)
    let updated: TerminalSettings
    do {
      updated = try current.applying(identity)
    } catch {
      printError("pos-console store set: \(error.message(options.outputLanguage))")
      throw ExitCode(2)
    }
    try store.save(updated)
    print(storeSummary(updated, options.outputLanguage))
  }
}

private func openSettingsStore(_ options: MerchantStoreOptions) throws -> TransactionStore {
  let path = databasePath(inDataDirectory: try commandDataDirectory(options.dataDirectory))
  do {
    return TransactionStore(database: try AppDatabase(path: path))
  } catch {
    printError("pos-console store: cannot open the database \(path): \(error)")
    throw ExitCode(3)
  }
}

private func storeSummary(_ settings: TerminalSettings, _ language: Language) -> String {
  let labels = CommandText.StoreLabel.allCases.map { CommandText.storeLabel($0)(language) }
  let values = [
    settings.merchantNumber, settings.terminalNumber, settings.serialNumber,
    settings.merchantName(language),
  ]
  let width = labels.map { DisplayWidth.of($0) }.max() ?? 0
  return zip(labels, values).map { TextLayout.pad($0, to: width) + "  " + $1 }
    .joined(separator: "\n")
}
