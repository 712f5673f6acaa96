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
        LocalizedText(zh: "无法打开 \(path)：\(error)", en: "cannot open \(path): \(error)")(language))
      throw ExitCode(2)
    }
    let interactive = isatty(0) == 1
    if hasPIN { try checkCurrentPIN(gate, interactive: interactive, language) }
    let first = readLine(
      prompt: LocalizedText(zh: "新的培训员 PIN：", en: "New trainer PIN: ")(language),
      hidden: interactive)
    let second = readLine(
      prompt: LocalizedText(zh: "再输入一次：", en: "Type it again: ")(language), hidden: interactive)
    guard let first, let second else {
      printError(
        LocalizedText(
          zh: "没有读到两次新 PIN（标准输入需要两行）。", en: "did not get the new PIN twice (stdin needs two lines)"
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
    do {
      try gate.setPIN(first)
    } catch {
      printError(
        LocalizedText(zh: "无法保存到 \(path)：\(error)", en: "cannot store in \(path): \(error)")(
          language))
      throw ExitCode(2)
    }
    EventLog(directory: directory).write("trainer pin set by `trainer set-pin`")
    print(LocalizedText(zh: "培训员 PIN 已设置。", en: "Trainer PIN set.")(language))
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
        prompt: LocalizedText(zh: "当前培训员 PIN：", en: "Current trainer PIN: ")(language),
        hidden: interactive)
    else {
      printError(
        LocalizedText(zh: "没有读到当前 PIN。", en: "did not get the current PIN")(language))
      throw ExitCode(1)
    }
    switch try gate.check(current, at: Date()) {
    case .accepted, .noPINSet: return
    case .refused(let left):
      printError(
        LocalizedText(
          zh: "当前 PIN 错误，还可以再试 \(left) 次；忘记 PIN 请用 pos-console trainer reset-pin --confirm。",
          en:
            "wrong current PIN; \(left) more tries before the lockout. Forgotten? pos-console trainer reset-pin --confirm"
        )(language))
      throw ExitCode(1)
    case .locked(let until):
      printError(Self.lockedMessage(until, Date(), language))
      throw ExitCode(1)
    }
  }

  static func lockedMessage(_ until: Date, _ now: Date, _ language: Language) -> String {
    let minutes = max(1, Int((until.timeIntervalSince(now) + 59) / 60))
    return LocalizedText(
      zh: "PIN 输错次数过多，已锁定，请 \(minutes) 分钟后再试。",
      en: "too many wrong PINs: locked, try again in \(minutes) min")(language)
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
        LocalizedText(
          zh: "reset-pin 会清除培训员 PIN（及输错次数和锁定），下次进入培训时需设置新 PIN；培训记录保留。确认请加 --confirm。",
          en:
            "reset-pin clears the trainer PIN (and the wrong-entry count and lockout); training then asks for a new PIN; records are kept. Add --confirm to do it."
        )(language))
      throw ExitCode(1)
    }
    let directory = try commandDataDirectory(dataDir)
    let path = databasePath(inDataDirectory: directory)
    let cleared: TrainerPINReset
    do {
      cleared = try TrainerPINGate(database: try AppDatabase(path: path)).resetPIN()
    } catch {
      printError(
        LocalizedText(zh: "无法修改 \(path)：\(error)", en: "cannot change \(path): \(error)")(language))
      throw ExitCode(2)
    }
    let user = environment("USER") ?? environment("LOGNAME") ?? "uid \(getuid())"
    EventLog(directory: directory).write(
      "trainer pin reset by `trainer reset-pin --confirm` (\(user)): pin \(cleared.hadPIN ? "cleared" : "was not set"), "
        + "\(cleared.wrongEntries) wrong entries and lockout \(cleared.lockedUntil.map { "until \($0)" } ?? "none") cleared"
    )
    print(
      LocalizedText(
        zh:
          "已清除：培训员 PIN（\(cleared.hadPIN ? "原已设置" : "原本未设置")）、输错次数 \(cleared.wrongEntries)、锁定\(cleared.lockedUntil == nil ? "（无）" : "")。下次进入培训时设置新 PIN。已记入 pos-console.log。",
        en:
          "Cleared: the trainer PIN (\(cleared.hadPIN ? "was set" : "was not set")), \(cleared.wrongEntries) wrong entries, the lockout\(cleared.lockedUntil == nil ? " (none)" : ""). Training asks for a new PIN next time. Logged in pos-console.log."
      )(language))
  }
}
