import ArgumentParser
import Foundation
import Glibc
import Model

/// `pos-console trainer`: trainer administration.
struct TrainerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trainer", abstract: "Trainer administration.",
    subcommands: [TrainerSetPINCommand.self, TrainerResetPINCommand.self])
}

/// `pos-console trainer set-pin`: sets the trainer PIN that guards training mode.
struct TrainerSetPINCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set-pin",
    abstract: "Set the trainer PIN (6-12 digits) that guards entering and leaving training.",
    discussion: """
      When a PIN is set, the current PIN is asked for first (and a lockout after five wrong
      PINs is respected); then the new PIN twice. On a terminal nothing is echoed. Otherwise
      the lines are read from standard input (current PIN first when one is set), e.g.
      printf '246813\\n246813\\n' | pos-console trainer set-pin. The PIN must be 6-12 digits,
      not one digit repeated, not a straight run (123456, 654321) and not one of the
      simulator's own passwords (0000, 123456...). Only a salted PBKDF2-SHA256 hash is stored;
      the PIN is never stored or logged. Forgotten PIN: `pos-console trainer reset-pin --confirm`.
      Exit 0 set, 1 refused, 2 no data dir or database.
      """)

  @Option(help: "The data directory (default: POS_CONSOLE_DATA, XDG_DATA_HOME, ~/.local/share).")
  var dataDir: String?

  func run() throws {
    let language = commandLanguage()
    let directory = try commandDataDirectory(dataDir)
    let path = databasePath(inDataDirectory: directory)
    let gate: TrainerPINGate
    let hasPIN: Bool
    do {
      gate = TrainerPINGate(database: try AppDatabase(path: path))
      hasPIN = try gate.hasPIN()
    } catch {
      printError(
        CommandText.cannotOpen(path: path, error: "\(error)")(language))
      throw ExitCode(2)
    }
    let interactive = isatty(0) == 1
    if hasPIN { try checkCurrentPIN(gate, interactive: interactive, language) }
    let first = readLine(
      prompt: CommandText.newPINPrompt(language),
      hidden: interactive)
    let second = readLine(
      prompt: CommandText.repeatPINPrompt(language), hidden: interactive)
    guard let first, let second else {
      printError(
        CommandText.newPINNotTwice(language))
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
    do {
      try gate.setPIN(first)
    } catch {
      printError(
        CommandText.cannotStore(path: path, error: "\(error)")(
          language))
      throw ExitCode(2)
    }
    EventLog(directory: directory).write("trainer pin set by `trainer set-pin`")
    print(CommandText.pinSet(language))
  }

  /// Asks for the PIN in force; a wrong one counts towards the lockout, as on screen.
  private func checkCurrentPIN(_ gate: TrainerPINGate, interactive: Bool, _ language: Language)
    throws
  {
    let now = Date()
    if let until = try gate.lockedUntil(at: now) {
      printError(Self.lockedMessage(until, now, language))
      throw ExitCode(1)
    }
    guard
      let current = readLine(
        prompt: CommandText.currentPINPrompt(language),
        hidden: interactive)
    else {
      printError(
        CommandText.currentPINMissing(language))
      throw ExitCode(1)
    }
    switch try gate.check(current, at: Date()) {
    case .accepted, .noPINSet: return
    case .refused(let left):
      printError(
        CommandText.wrongCurrentPIN(triesLeft: left)(language))
      throw ExitCode(1)
    case .locked(let until):
      printError(Self.lockedMessage(until, Date(), language))
      throw ExitCode(1)
    }
  }

  static func lockedMessage(_ until: Date, _ now: Date, _ language: Language) -> String {
    let minutes = max(1, Int((until.timeIntervalSince(now) + 59) / 60))
    return CommandText.pinLocked(minutes: minutes)(language)
  }
}

/// `pos-console trainer reset-pin --confirm`: clears the PIN without the old one.
struct TrainerResetPINCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reset-pin",
    abstract: "Clear the trainer PIN and its lockout without the old PIN (when a trainer leaves).",
    discussion: """
      For the store manager: clears the stored PIN hash and the wrong-entry count and lockout,
      and writes a line to pos-console.log. Training records are kept; if training is on it
      stays on. The next use of training mode asks for a new PIN. Needs --confirm.
      Exit 0 cleared, 1 without --confirm, 2 no data dir or database.
      """)

  @Option(help: "The data directory (default: POS_CONSOLE_DATA, XDG_DATA_HOME, ~/.local/share).")
  var dataDir: String?

  @Flag(help: "Really clear the PIN and the lockout.")
  var confirm = false

  func run() throws {
    let language = commandLanguage()
    guard confirm else {
      printError(
        CommandText.resetNeedsConfirm(language))
      throw ExitCode(1)
    }
    let directory = try commandDataDirectory(dataDir)
    let path = databasePath(inDataDirectory: directory)
    let cleared: TrainerPINReset
    do {
      cleared = try TrainerPINGate(database: try AppDatabase(path: path)).resetPIN()
    } catch {
      printError(
        CommandText.cannotChange(path: path, error: "\(error)")(language))
      throw ExitCode(2)
    }
    let user = environment("USER") ?? environment("LOGNAME") ?? "uid \(getuid())"
    EventLog(directory: directory).write(
      "trainer pin reset by `trainer reset-pin --confirm` (\(user)): pin \(cleared.hadPIN ? "cleared" : "was not set"), "
        + "\(cleared.wrongEntries) wrong entries and lockout \(cleared.lockedUntil.map { "until \($0)" } ?? "none") cleared"
    )
    print(
      CommandText.pinReset(
        hadPIN: cleared.hadPIN, wrongEntries: cleared.wrongEntries,
        wasLocked: cleared.lockedUntil != nil)(language))
  }
}
