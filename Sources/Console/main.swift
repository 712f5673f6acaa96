import ArgumentParser
import Glibc
import Model

/// `pos-console`: runs the full-screen console (the default), or one of the subcommands.
struct PosConsoleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pos-console",
    abstract: "PosConsole: Lakala terminal simulator, scan self-check, escalation and training.",
    version: "0.1.0",
    subcommands: [RunCommand.self] + posConsoleSubcommands,
    defaultSubcommand: RunCommand.self
  )
}

/// `pos-console [run]`: the full-screen console.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run the full-screen console (the default).")

  @Option(name: .long, help: "Language: zh (default) or en. Default: en when LANG starts with en.")
  var lang: Language?

  @Option(name: .long, help: "Theme name (default, high-contrast, mono) or path to a .toml file.")
  var theme: String = "default"

  @Option(
    name: .long, help: "Data folder (default: $POS_CONSOLE_DATA, else $XDG_DATA_HOME/pos-console).")
  var dataDir: String?

  @Option(
    name: .long,
    help: "Switch simulator faults on, e.g. permission-off,lens-dirty (for demos and trainers).")
  var fault: String?

  @Option(name: .long, help: "Seed for the simulator's random outcomes (replayable runs).")
  var seed: UInt64 = 1

  @Option(
    name: .long,
    help:
      "Simulated terminal profile: a name in data/terminal-profiles (default lakala-dianqian) or a .toml path."
  )
  var terminalProfile: String = TerminalProfileLocation.defaultName

  @Option(
    name: .long,
    help: ArgumentHelp("Real milliseconds per simulated second (tests).", visibility: .hidden))
  var simulatedSecondMs: Int32 = 1_000

  func run() throws {
    let launch = ConsoleLaunch(
      language: lang, theme: theme, dataDir: dataDir, fault: fault, seed: seed,
      terminalProfile: terminalProfile, simulatedSecondMilliseconds: simulatedSecondMs)
    let status = launch.start()
    if status != 0 { throw ExitCode(status) }
  }
}

extension Language: ExpressibleByArgument {}

/// Writes a line to standard error (only ever outside the curses screen).
func printError(_ message: String) {
  let line = Array((message.hasSuffix("\n") ? message : message + "\n").utf8)
  _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

/// An environment variable, or nil when unset.
func environment(_ name: String) -> String? {
  getenv(name).map { String(cString: $0) }
}

// Everything written is private to the user: the database holds the trainer PIN's
// hash, the log and case files hold merchant numbers (files 0600, folders 0700).
umask(0o077)

// A bare `pos-console` (how a cashier starts it) skips argument parsing: in a
// statically linked binary the parser's reflection costs several milliseconds
// of start-up, while the defaults need no parsing at all.
if CommandLine.arguments.count == 1 {
  exit(ConsoleLaunch().start())
} else {
  PosConsoleCommand.main()
}
