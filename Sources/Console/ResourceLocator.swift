import Foundation

/// Finds a data file shipped beside the program (e.g. `data/payment-codes.toml`).
///
/// Looks in `$POS_CONSOLE_HOME` first, then the current directory, then the
/// executable's directory and up to five of its parents (so both an installed
/// layout and `.build/debug/pos-console` inside the repo work).
func locateResource(
  _ relativePath: String,
  environment: [String: String] = ProcessInfo.processInfo.environment,
  currentDirectory: String = FileManager.default.currentDirectoryPath,
  executable: String = CommandLine.arguments.first ?? ""
) -> String? {
  let files = FileManager.default
  func candidate(in directory: URL) -> String? {
    let path = directory.appendingPathComponent(relativePath).path
    var isDirectory: ObjCBool = false
    guard files.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
    else { return nil }
    return path
  }
  if let home = environment["POS_CONSOLE_HOME"], !home.isEmpty,
    let found = candidate(in: URL(fileURLWithPath: home, isDirectory: true))
  {
    return found
  }
  let cwd = URL(fileURLWithPath: currentDirectory, isDirectory: true)
  if let found = candidate(in: cwd) { return found }
  guard let program = executableURL(executable, currentDirectory: cwd) else { return nil }
  var directory = program.deletingLastPathComponent()
  for _ in 0...5 {
    if let found = candidate(in: directory) { return found }
    let parent = directory.deletingLastPathComponent()
    if parent.path == directory.path { break }
    directory = parent
  }
  return nil
}

/// The running program's real location: arguments[0] resolved, or /proc/self/exe when it
/// was found through PATH.
private func executableURL(_ executable: String, currentDirectory: URL) -> URL? {
  if executable.contains("/") {
    return URL(fileURLWithPath: executable, relativeTo: currentDirectory)
      .standardizedFileURL.resolvingSymlinksInPath()
  }
  let procSelf = "/proc/self/exe"
  if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: procSelf) {
    return URL(fileURLWithPath: target)
  }
  return nil
}
