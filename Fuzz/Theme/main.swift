import Foundation
import FuzzSupport

/// A theme file through the console's theme loader (its sources are linked in from
/// Sources/Console/Theme, as the console is an executable no other target can import).
// Also under libFuzzer's own name: its main is linked in as well, and asks for it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTheme(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzInput.text(data, size)
  var loader = ThemeLoader(searchDirectories: [])
  loader.readFile = { _ in text }
  loader.exists = { _ in true }
  _ = try? loader.load("fuzz.toml")
  return 0
}

exit(FuzzInput.run { data, size in fuzzTheme(data, size) })
