/// The texts about data files and the data dir, by meaning; the words live in one table
/// per language (`DataTextZh`, `DataTextEn`).
public enum DataText: TextKey, Equatable {
  case fileProblem(DataFileProblem)
  case storeProblem(DataStoreProblem)

  public func text(_ language: Language) -> String {
    switch language {
    case .zh: DataTextZh.text(self)
    case .en: DataTextEn.text(self)
    }
  }

  /// The largest data file read, in MB, as the messages say it.
  static var limitMB: Int { DataFile.maximumBytes / (1024 * 1024) }
}
