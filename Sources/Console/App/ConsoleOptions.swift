import Model

/// Choices made on the command line that screens need.
struct ConsoleOptions: Sendable {
  /// Faults switched on in the simulated terminal (`--fault`); invisible in use.
  var faults: Set<ScanFault> = []
  /// Seed for the simulator's random outcomes, so a run can be replayed.
  var seed: UInt64 = 1
}
