import Foundation

/// The directory PosConsole keeps its records in (the database is `pos-console.sqlite` there).
///
/// Chosen from `--data-dir`, else `$POS_CONSOLE_DATA`, else `$XDG_DATA_HOME/pos-console`, else
/// `~/.local/share/pos-console`; created when missing. If it cannot be created, the path is
/// still returned and opening the database there reports the problem.
func resolveDataDirectory(_ option: String?) -> String {
  let environment = ProcessInfo.processInfo.environment
  let path: String
  if let option, !option.isEmpty {
    path = option
  } else if let data = environment["POS_CONSOLE_DATA"], !data.isEmpty {
    path = data
  } else if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
    path = URL(fileURLWithPath: xdg).appendingPathComponent("pos-console").path
  } else {
    path =
      FileManager.default.homeDirectoryForCurrentUser
      .appendingPathComponent(".local/share/pos-console").path
  }
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}
