/// A directory import's words in English.
enum MerchantImportTextEn {
  static func text(_ key: MerchantImportText) -> String {
    switch key {
    case .emptyFile: "The file is empty."
    case .unknownColumn(let position, let raw):
      "Column \(position) (\"\(raw)\") is not a known column."
    case .repeatedColumn(let name): "Column \(name) appears twice."
    case .missingColumn(let name): "Column \(name) is missing."
    case .fieldCount(let fields, let expected):
      "\(fields) fields but the header has \(expected) columns (quote fields that hold commas)."
    case .brokenQuoting(let unterminated):
      "Broken quoting (a quote inside a field is written twice, and the whole field is "
        + "quoted): \(unterminated ? "a quote is never closed" : "text follows a closing quote")."
    case .scientificNotation(let typed):
      "\"\(typed)\" was turned into a float by a spreadsheet: format the column as "
        + "text and export again."
    case .merchantNumberRefused(let error): MerchantText.merchantNumberRefused(error).en
    case .emptyName: "The merchant name is empty."
    case .controlCharacterInName: "The merchant name holds a line break or control character."
    case .refusedCharacterInName(let code):
      "The merchant name holds a control or text-direction character (\(code))."
    case .codeNotFourDigits(let text):
      "\"\(text)\" should be 4 digits, or empty to take it from the merchant number."
    case .terminalRefused(let text, let error):
      "\"\(text)\": " + MerchantText.terminalNumberRefused(error).en
    case .unknownMethod(let text): "\"\(text)\" is not a method; use scan, card."
    case .unknownStatus(let text): "\"\(text)\" is not a status; use normal, risk_hold or frozen."
    case .repeatedNumber(let number, let first):
      "Merchant number \(number) is also on line \(first)."
    case .repeatedTerminal(let terminal, let first):
      "Terminal \(terminal) is already bound on line \(first): a terminal "
        + "belongs to one merchant."
    case .directoryRefused(let error): MerchantText.directoryFailed(error).en
    case .place(let line, let column): "line \(line)" + (column.map { ", \($0): " } ?? ": ")
    case .nothingImported: "Nothing was imported (all or nothing); the directory is unchanged."
    case .unreadableFile(let path, let reason): "Cannot read \(path): \(reason)."
    case .badHeader(let expected): "Line 1, the header, is wrong; it should be: \(expected)"
    case .badRows(let total): "\(total) row(s) have problems; fix them and import again:"
    case .moreRows(let count): "  … and \(count) more"
    case .databaseRefused(let message):
      "The database refused the import: \(message). Check that the data directory is "
        + "writable and the disk has room."
    case .imported(let added, let changed, let unchanged):
      "Imported: \(added) added, \(changed) changed, \(unchanged) unchanged."
    }
  }
}
