import Foundation
import FuzzSupport
import Model

/// A training scenario file through the parser and the validator.
// Also under libFuzzer's own name: its main is linked in as well, and asks for it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzScenario(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzInput.text(data, size)
  if let scenarios = try? TrainingScenarioParser.scenarios(source: text, file: "scenario.toml") {
    _ = TrainingScenarioValidator.findings(scenarios, guides: [])
  }
  return 0
}

exit(FuzzInput.run { data, size in fuzzScenario(data, size) })
