import Foundation
import FuzzSupport
import Model

/// A guide file through the parser and the validator (links, dead ends, translations).
// Also under libFuzzer's own name: its main is linked in as well, and asks for it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzGuide(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzInput.text(data, size)
  _ = GuideValidator.issues(source: text, file: "guide.toml")
  return 0
}

exit(FuzzInput.run { data, size in fuzzGuide(data, size) })
