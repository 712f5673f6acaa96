import Foundation

/// Finds a file or directory shipped with PosConsole (`data/…`, `guides/…`, `themes/…`).
///
/// Looks in `$POS_CONSOLE_HOME`, then the current directory, then the executable's directory
/// and up to 5 of its parents (so `.build/debug/pos-console` finds the repository's files).
func locateResource(_ relativePath: String) -> String? {
  let fileManager = FileManager.default
  var roots: [String] = []
  if let home = ProcessInfo.processInfo.environment["POS_CONSOLE_HOME"], !home.isEmpty {
    roots.append(home)
  }
  roots.append(fileManager.currentDirectoryPath)
  if let executable = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
    var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
    for _ in 0...5 {
      roots.append(directory.path)
      directory = directory.deletingLastPathComponent()
    }
  }
  for root in roots {
    let candidate = URL(fileURLWithPath: root).appendingPathComponent(relativePath).path
    if fileManager.fileExists(atPath: candidate) { return candidate }
  }
  return nil
}
