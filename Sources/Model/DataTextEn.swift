/// The data files' and data dir's words in English.
enum DataTextEn {
  static func text(_ key: DataText) -> String {
    switch key {
    case .fileProblem(.unreadable(let why)):
      "cannot be read (\(why)); check the path and permissions"
    case .fileProblem(.notARegularFile):
      "not a regular file (a device, folder or pipe); name a .toml file"
    case .fileProblem(.tooLarge(let bytes)):
      "too large (\(bytes) bytes; the limit is \(DataText.limitMB) MB): not a data file"
    case .fileProblem(.notUTF8): "not UTF-8 text; save it as UTF-8"
    case .storeProblem(.directoryUnusable(let path, let reason)):
      "the data dir \(path) cannot be used (\(reason)): sales cannot be recorded, so payments are off. Fix it or pass --data-dir, then restart."
    case .storeProblem(.databaseUnusable(let path, let failure)):
      "the database \(path) cannot be written (\(failure.kind.rawValue): \(failure.detail)): sales cannot be recorded, so payments are off. Repair or move the file, then restart."
    }
  }
}
