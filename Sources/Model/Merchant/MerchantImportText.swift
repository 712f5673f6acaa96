/// Every text of a directory import, by meaning; the words live in one table per language
/// (`MerchantImportTextZh`, `MerchantImportTextEn`).
public enum MerchantImportText: TextKey, Equatable {
  // The header
  case emptyFile
  case unknownColumn(position: Int, raw: String)
  case repeatedColumn(String)
  case missingColumn(String)
  // A row
  case fieldCount(fields: Int, expected: Int)
  case brokenQuoting(unterminated: Bool)
  case scientificNotation(String)
  case merchantNumberRefused(MerchantNumberError)
  case emptyName
  case controlCharacterInName
  /// A control or text-direction character, by its code point (U+202E).
  case refusedCharacterInName(String)
  case codeNotFourDigits(String)
  case terminalRefused(String, TerminalNumberError)
  case unknownMethod(String)
  case unknownStatus(String)
  case repeatedNumber(String, firstLine: Int)
  case repeatedTerminal(String, firstLine: Int)
  case directoryRefused(MerchantDirectoryError)
  // Where a problem is
  case place(line: Int, column: String?)
  // The outcome
  case nothingImported
  case unreadableFile(path: String, reason: String)
  case badHeader(expected: String)
  case badRows(total: Int)
  case moreRows(Int)
  case databaseRefused(String)
  case imported(added: Int, changed: Int, unchanged: Int)

  public func text(_ language: Language) -> String {
    switch language {
    case .zh: MerchantImportTextZh.text(self)
    case .en: MerchantImportTextEn.text(self)
    }
  }
}
