import Foundation
import FuzzSupport
import Model

/// Codes as a scanner types them, through the shipped payment-code table's `classify`.
nonisolated(unsafe) private let table: PaymentCodeTable = {
  let home = ProcessInfo.processInfo.environment["POS_CONSOLE_HOME"] ?? "."
  do {
    return try PaymentCodeTable(contentsOfFile: home + "/data/payment-codes.toml")
  } catch {
    fatalError("fuzz-classify: set POS_CONSOLE_HOME to the repository: \(error)")
  }
}()

// Also under libFuzzer's own name: its main is linked in as well, and asks for it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzClassify(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let result = table.classify(FuzzInput.text(data, size))
  _ = ClassifyReport.make(result, format: .text, language: .zh)
  _ = ClassifyReport.make(result, format: .json, language: .en)
  return 0
}

exit(FuzzInput.run { data, size in fuzzClassify(data, size) })
