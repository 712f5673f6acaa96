import Foundation
import FuzzSupport
import Model

/// A merchant CSV through the whole import (header, rows, the all-or-nothing apply) into one
/// in-memory database, then the export of what is there.
nonisolated(unsafe) private let directory: MerchantDirectory = {
  do {
    return MerchantDirectory(database: try AppDatabase())
  } catch {
    fatalError("fuzz-merchant-csv: no in-memory database: \(error)")
  }
}()
nonisolated(unsafe) private var runs = 0

// Also under libFuzzer's own name: its main is linked in as well, and asks for it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMerchantCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzInput.text(data, size)
  if (try? directory.importCSV(text: text)) != nil {
    runs += 1
    // Exporting now and then: every run would make the directory's growth the cost.
    if runs % 64 == 0 { try? directory.exportCSV { _ in } }
  }
  return 0
}

exit(FuzzInput.run { data, size in fuzzMerchantCSV(data, size) })
