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

/// Creates the data dir private (0700) when it is missing and tightens only the files the
/// console itself keeps there (database with its -wal/-shm and lock files, log, case
/// summaries) to 0600, as the database holds the trainer PIN's hash. A folder that already
/// exists is the owner's: its mode and everything else in it stay as they are (`--data-dir ~`
/// must not strip a home folder's or a web folder's modes). Returns why the folder cannot be
/// used, if so.
func prepareDataDirectory(_ path: String) -> DataStoreProblem? {
  makeDirectories(path)
  var status = stat()
  guard stat(path, &status) == 0 else {
    return .directoryUnusable(path: path, reason: String(cString: strerror(errno)))
  }
  guard status.st_mode & S_IFMT == S_IFDIR else {
    return .directoryUnusable(path: path, reason: "not a directory")
  }
  tightenOwnFiles(in: path)
  guard access(path, W_OK | X_OK) == 0 else {
    return .directoryUnusable(path: path, reason: String(cString: strerror(errno)))
  }
  return nil
}

/// The names of the files the console writes into its data dir.
func isConsoleFileName(_ name: String) -> Bool {
  let database = "pos-console.sqlite"
  let databaseFiles = ["", "-wal", "-shm", "-journal", ".write-intent", ".import-lock"]
  if databaseFiles.contains(where: { database + $0 == name }) { return true }
  if name == "pos-console.log" { return true }
  // Case summaries: case-YYYYMMDD-HHMMSS.txt (CaseHandOff.fileName).
  return name.hasPrefix("case-") && name.hasSuffix(".txt") && name.utf8.count == 24
}

/// The console's own files directly in `directory` (regular files of this user, never
/// through a link) to owner-only; nothing else is touched.
private func tightenOwnFiles(in directory: String) {
  guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
    return
  }
  for name in names where isConsoleFileName(name) {
    let path = directory + "/" + name
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_uid == getuid(), status.st_mode & 0o077 != 0
    else { continue }
    chmod(path, status.st_mode & 0o700)
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
