import Model

/// Choices made on the command line that screens need.
struct ConsoleOptions: Sendable {
  /// Faults switched on in the simulated terminal (`--fault`); invisible in use.
  var faults: Set<ScanFault> = []
  /// Seed for the simulator's random outcomes, so a run can be replayed.
  var seed: UInt64 = 1
  /// The terminal profile's name or path (`--terminal-profile`).
  var terminalProfile = Self.defaultTerminalProfile
  /// The shipped profile used when none is named.
  static let defaultTerminalProfile = "lakala-dianqian"
  /// Real milliseconds per simulated second while the terminal waits (tests shorten it).
  var simulatedSecondMilliseconds: Int32 = 1_000
}
