import Glibc

/// Finds a file or folder shipped with PosConsole (themes, guides, data tables):
/// `POS_CONSOLE_HOME` first, then the current directory, then up to five folders
/// above the executable, so `swift run` and a built binary both find the repo's copy.
func locateResource(_ relativePath: String) -> String? {
  var roots: [String] = []
  if let home = getenv("POS_CONSOLE_HOME") { roots.append(String(cString: home)) }
  if let cwd = getcwd(nil, 0) {
    roots.append(String(cString: cwd))
    free(cwd)
  }
  var buffer = [CChar](repeating: 0, count: 4096)
  let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
  if length > 0 {
    var directory = String(
      decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    for _ in 0..<5 {
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
