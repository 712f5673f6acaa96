import ArgumentParser

/// `pos-console`: runs the console, or one of the subcommands.
struct PosConsoleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pos-console",
    abstract: "PosConsole: Lakala terminal simulator, scan self-check, escalation and training.",
    version: "0.1.0",
    subcommands: posConsoleSubcommands
  )

  func run() throws {
    print("The full-screen console is being built.")
  }
}

PosConsoleCommand.main()
