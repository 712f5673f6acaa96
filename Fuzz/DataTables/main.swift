import Foundation
import FuzzSupport
import Model

/// The TOML data tables, each through its own reader: acquirers, regions, MCCs and the
/// payment-code table. Any input must end in a value or an error, never a crash.
// Also under libFuzzer's own name: its main is linked in as well, and asks for it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDataTables(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzInput.text(data, size)
  _ = try? AcquirerTable(toml: text, file: "acquirers.toml")
  _ = try? RegionTable(toml: text, file: "regions.toml")
  _ = try? MccTable(toml: text, file: "mcc.toml")
  _ = try? PaymentCodeTable(toml: text, file: "payment-codes.toml")
  return 0
}

exit(FuzzInput.run { data, size in fuzzDataTables(data, size) })
