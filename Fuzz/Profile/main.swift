import Foundation
import FuzzSupport
import Model

/// A terminal profile through the reader and every check `terminal validate` runs.
// Also under libFuzzer's own name: its main is linked in as well, and asks for it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzProfile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzInput.text(data, size)
  _ = TerminalProfile.read(toml: text, file: "profile.toml")
  _ = TerminalProfileValidation(files: [(path: "profile.toml", text: text)])
  return 0
}

exit(FuzzInput.run { data, size in fuzzProfile(data, size) })
