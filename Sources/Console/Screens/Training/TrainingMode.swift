import Foundation
import Model

/// Training mode while it is on: who is training, the run under way (if any), and
/// what the simulator and self-check should count. The lead hooks the simulator and
/// the self-check to this after merging (faults, `steps`, `harmful`, training flag).
struct TrainingMode: Sendable {
  /// The trainee's name or ID, once the trainer has typed it.
  var trainee = ""
  /// The scenario being run; nil in free practice or between runs.
  var scenario: TrainingScenario?
  /// When the current run started (from the effect runner's clock).
  var started: Date?
  /// Hints shown in the current run.
  var hintsUsed = 0
  /// Terminal keys and self-check answers in the current run.
  var steps = 0
  /// Harmful actions seen in the current run.
  var harmful: Set<HarmfulAction> = []
  /// Faults on in the simulated terminal: the scenario's, or chosen for free practice.
  var faults: Set<ScanFault> = []
  /// Scenarios left in a random series, after the current one.
  var series: [String] = []
}
