import ArgumentParser
import Foundation
import Glibc
import Model

/// `pos-console trainer`: trainer administration.
struct TrainerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trainer", abstract: "Trainer administration.",
    subcommands: [TrainerSetPINCommand.self])
}

/// `pos-console trainer set-pin`: sets the trainer PIN that guards training mode.
struct TrainerSetPINCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set-pin",
    abstract: "Set the trainer PIN (4-12 digits) that guards entering and leaving training.",
    discussion: """
      On a terminal the PIN is asked for twice without echo. Otherwise it is read from
      standard input: the first two lines, which must be equal (e.g. printf '2468\\n2468\\n' |
      pos-console trainer set-pin). Only a salted PBKDF2-SHA256 hash is stored; the PIN is never
      stored or logged. Setting the PIN also lifts a lockout. Exit 0 set, 1 refused, 2 no database.
      """)

  @Option(help: "The data directory (default: POS_CONSOLE_DATA, XDG_DATA_HOME, ~/.local/share).")
  var dataDir: String?

  func run() throws {
    let language = commandLanguage()
    let interactive = isatty(0) == 1
    let first = readLine(
      prompt: LocalizedText(zh: "新的培训员 PIN：", en: "New trainer PIN: ")(language),
      hidden: interactive)
    let second = readLine(
      prompt: LocalizedText(zh: "再输入一次：", en: "Type it again: ")(language), hidden: interactive)
    guard let first, let second else {
      printError(
        LocalizedText(
          zh: "没有读到两次 PIN（标准输入需要两行）。", en: "did not get the PIN twice (stdin needs two lines)"
        )(language))
      throw ExitCode(1)
    }
    guard first == second else {
      printError(TrainerPINError.entriesDiffer.message(language))
      throw ExitCode(1)
    }
    do {
      try TrainerPINPolicy.check(first)
    } catch {
      printError(error.message(language))
      throw ExitCode(1)
    }
    let path = databasePath(inDataDirectory: resolveDataDirectory(dataDir))
    do {
      try TrainerPINGate(database: try AppDatabase(path: path)).setPIN(first)
    } catch {
      printError(
        LocalizedText(zh: "无法保存到 \(path)：\(error)", en: "cannot store in \(path): \(error)")(
          language))
      throw ExitCode(2)
    }
    print(LocalizedText(zh: "培训员 PIN 已设置。", en: "Trainer PIN set.")(language))
  }
}
