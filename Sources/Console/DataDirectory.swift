import Glibc

/// The folder PosConsole keeps its database and log in: the option, else
/// `POS_CONSOLE_DATA` (tests isolate with it), else `$XDG_DATA_HOME/pos-console`,
/// else `~/.local/share/pos-console`. Created if missing.
func resolveDataDirectory(_ option: String?) -> String {
  func env(_ name: String) -> String? {
    guard let value = getenv(name), value.pointee != 0 else { return nil }
    return String(cString: value)
  }
  let directory: String
  if let option, !option.isEmpty {
    directory = option
  } else if let data = env("POS_CONSOLE_DATA") {
    directory = data
  } else if let xdg = env("XDG_DATA_HOME") {
    directory = xdg + "/pos-console"
  } else {
    directory = (env("HOME") ?? "/tmp") + "/.local/share/pos-console"
  }
  makeDirectories(directory)
  return directory
}

/// `mkdir -p`: creates each missing folder on the way; existing ones are fine.
func makeDirectories(_ path: String) {
  var current = path.hasPrefix("/") ? "" : "."
  for part in path.split(separator: "/") {
    current += "/" + part
    mkdir(current, 0o755)
  }
}

/// The one database file every part of PosConsole keeps its records in.
func databasePath(inDataDirectory directory: String) -> String {
  directory + "/pos-console.sqlite"
}
