import Glibc

/// Finds a file or folder shipped with PosConsole (themes, guides, data tables):
/// `POS_CONSOLE_HOME` first, then the current directory, then the executable's
/// folder and up to five above it, so `swift run` and a built binary both find the
/// repo's copy.
func locateResource(
  _ relativePath: String,
  environment: [String: String]? = nil,
  currentDirectory: String? = nil,
  executable: String? = nil
) -> String? {
  var roots: [String] = []
  let home =
    environment.map { $0["POS_CONSOLE_HOME"] }
    ?? getenv("POS_CONSOLE_HOME").map { String(cString: $0) }
  if let home, !home.isEmpty { roots.append(home) }
  if let cwd = currentDirectory ?? workingDirectory() { roots.append(cwd) }
  if var directory = executable ?? runningExecutable() {
    for _ in 0...5 {
      guard let slash = directory.lastIndex(of: "/"), slash != directory.startIndex else { break }
      directory = String(directory[..<slash])
      roots.append(directory)
    }
  }
  for root in roots {
    let path = root + "/" + relativePath
    if access(path, F_OK) == 0 { return path }
  }
  return nil
}

private func workingDirectory() -> String? {
  guard let cwd = getcwd(nil, 0) else { return nil }
  defer { free(cwd) }
  return String(cString: cwd)
}

/// The running program's real path, from /proc/self/exe.
private func runningExecutable() -> String? {
  var buffer = [UInt8](repeating: 0, count: 4096)
  let length = buffer.withUnsafeMutableBufferPointer { pointer in
    pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) {
      readlink("/proc/self/exe", $0, pointer.count - 1)
    }
  }
  guard length > 0 else { return nil }
  return String(decoding: buffer[0..<length], as: UTF8.self)
}
