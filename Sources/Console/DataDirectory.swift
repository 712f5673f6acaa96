import ArgumentParser
import Foundation
import Glibc
import Model

/// The folder PosConsole keeps its database, log and case files in: the option, else
/// `POS_CONSOLE_DATA` (tests isolate with it), else `$XDG_DATA_HOME/pos-console`, else
/// `$HOME/.local/share/pos-console`. With none of them there is no safe place: nothing
/// is written (it used to fall back to a world-readable folder under /tmp).
func dataDirectoryPath(_ option: String?) throws(DataDirectoryError) -> String {
  func env(_ name: String) -> String? {
    guard let value = getenv(name), value.pointee != 0 else { return nil }
    return String(cString: value)
  }
  if let option, !option.isEmpty { return option }
  if let data = env("POS_CONSOLE_DATA") { return data }
  if let xdg = env("XDG_DATA_HOME") { return xdg + "/pos-console" }
  if let home = env("HOME") { return home + "/.local/share/pos-console" }
  throw .noLocation
}

/// Creates the data dir private (0700) and tightens what is already there: the folder to
/// 0700 and every file in it (database with its -wal/-shm, log, case files) to 0600, as
/// the database holds the trainer PIN's hash. Returns why the folder cannot be used, if so.
func prepareDataDirectory(_ path: String) -> DataStoreProblem? {
  makeDirectories(path)
  var status = stat()
  guard stat(path, &status) == 0 else {
    return .directoryUnusable(path: path, reason: String(cString: strerror(errno)))
  }
  guard status.st_mode & S_IFMT == S_IFDIR else {
    return .directoryUnusable(path: path, reason: "not a directory")
  }
  chmod(path, 0o700)
  tightenFiles(in: path)
  guard access(path, W_OK | X_OK) == 0 else {
    return .directoryUnusable(path: path, reason: String(cString: strerror(errno)))
  }
  return nil
}

/// Every file below `directory` to owner-only; folders to 0700.
private func tightenFiles(in directory: String) {
  guard let names = try? FileManager.default.subpathsOfDirectory(atPath: directory) else {
    return
  }
  for name in names {
    let path = directory + "/" + name
    var status = stat()
    guard lstat(path, &status) == 0 else { continue }
    switch status.st_mode & S_IFMT {
    case S_IFREG where status.st_mode & 0o077 != 0: chmod(path, status.st_mode & 0o700)
    case S_IFDIR where status.st_mode & 0o077 != 0: chmod(path, 0o700)
    default: continue
    }
  }
}

/// The data dir for a subcommand: prepared as the console does; without any location,
/// the message and exit status 2.
func commandDataDirectory(_ option: String?) throws -> String {
  do {
    let path = try dataDirectoryPath(option)
    _ = prepareDataDirectory(path)
    return path
  } catch {
    printError(error.message(commandLanguage()))
    throw ExitCode(2)
  }
}

/// Why there is no data dir at all.
enum DataDirectoryError: Error, Equatable {
  /// None of --data-dir, POS_CONSOLE_DATA, XDG_DATA_HOME and HOME is set.
  case noLocation

  func message(_ language: Language) -> String {
    UIText.dataDirectoryMissing(language)
  }
}

/// `mkdir -p` with owner-only folders: creates each missing folder on the way.
func makeDirectories(_ path: String) {
  var current = path.hasPrefix("/") ? "" : "."
  for part in path.split(separator: "/") {
    current += "/" + part
    mkdir(current, 0o700)
  }
}

/// The one database file every part of PosConsole keeps its records in.
func databasePath(inDataDirectory directory: String) -> String {
  directory + "/pos-console.sqlite"
}
