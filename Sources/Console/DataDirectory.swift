import Foundation

/// The data directory: `--data-dir`, else `POS_CONSOLE_DATA`, else `$XDG_DATA_HOME/pos-console`,
/// else `~/.local/share/pos-console`. The database is `pos-console.sqlite` inside it.
func resolveDataDirectory(_ option: String?) -> String {
  let environment = ProcessInfo.processInfo.environment
  if let option, !option.isEmpty { return option }
  if let data = environment["POS_CONSOLE_DATA"], !data.isEmpty { return data }
  if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
    return URL(fileURLWithPath: xdg).appendingPathComponent("pos-console").path
  }
  let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
  return URL(fileURLWithPath: home).appendingPathComponent(".local/share/pos-console").path
}
