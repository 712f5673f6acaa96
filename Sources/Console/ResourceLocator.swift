import Foundation

/// Finds `relativePath` (e.g. `guides`) under `POS_CONSOLE_HOME`, then the current directory,
/// then up to 5 directories above the executable; returns the first path that exists.
func locateResource(_ relativePath: String) -> String? {
  let manager = FileManager.default
  var roots: [String] = []
  if let home = ProcessInfo.processInfo.environment["POS_CONSOLE_HOME"], !home.isEmpty {
    roots.append(home)
  }
  roots.append(manager.currentDirectoryPath)
  let executable =
    (try? manager.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    ?? CommandLine.arguments.first ?? ""
  if !executable.isEmpty {
    var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
    for _ in 0..<5 {
      roots.append(directory.path)
      let parent = directory.deletingLastPathComponent()
      if parent.path == directory.path { break }
      directory = parent
    }
  }
  for root in roots {
    let candidate = URL(fileURLWithPath: root).appendingPathComponent(relativePath).path
    if manager.fileExists(atPath: candidate) { return candidate }
  }
  return nil
}
