/// One bad row of an import file: where, which column, what is wrong.
public struct MerchantImportProblem: Error, Equatable, Sendable {
  /// The 1-based line in the file where the row starts.
  public let line: Int
  /// The column, when one column is at fault.
  public let column: MerchantCSVFormat.Column?
  public let message: LocalizedText

  public init(line: Int, column: MerchantCSVFormat.Column?, message: LocalizedText) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// `line 7, status: …` in `language`.
  public func text(_ language: Language) -> String {
    let place =
      switch language {
      case .zh: "第 \(line) 行"
      case .en: "line \(line)"
      }
    let column = column.map { language == .zh ? "，\($0.rawValue)：" : ", \($0.rawValue): " }
    return place + (column ?? (language == .zh ? "：" : ": ")) + message(language)
  }
}

/// Why an import changed nothing. Every case means the directory was left as it was.
public enum MerchantImportError: Error, Equatable, Sendable {
  /// The file could not be read.
  case unreadableFile(path: String, reason: String)
  /// The header line is not the directory's header.
  case badHeader(problems: [LocalizedText])
  /// Rows with problems; `total` counts them all, `problems` lists the first ones.
  case badRows(problems: [MerchantImportProblem], total: Int)
  /// The database refused the import.
  case database(message: String)

  /// The most problems listed; more are only counted, so a bad file cannot flood the screen.
  public static let listedProblemLimit = 50

  /// What went wrong, where, and what to do, in `language` (several lines).
  public func message(_ language: Language) -> String {
    let nothing =
      language == .zh
      ? "没有导入任何内容（全部导入或全部不导入），目录保持不变。"
      : "Nothing was imported (all or nothing); the directory is unchanged."
    var lines: [String]
    switch self {
    case .unreadableFile(let path, let reason):
      lines = [
        language == .zh ? "无法读取文件 \(path)：\(reason)。" : "Cannot read \(path): \(reason)."
      ]
    case .badHeader(let problems):
      lines = [
        language == .zh
          ? "第 1 行表头不对，应为：\(MerchantCSVFormat.header)"
          : "Line 1, the header, is wrong; it should be: \(MerchantCSVFormat.header)"
      ]
      lines += problems.map { "  " + $0(language) }
    case .badRows(let problems, let total):
      lines = [
        language == .zh
          ? "\(total) 行有问题，请改正后重新导入：" : "\(total) row(s) have problems; fix them and import again:"
      ]
      lines += problems.map { "  " + $0.text(language) }
      if total > problems.count {
        lines.append(
          language == .zh
            ? "  ……另有 \(total - problems.count) 行" : "  … and \(total - problems.count) more")
      }
    case .database(let message):
      lines = [
        language == .zh
          ? "数据库写入失败：\(message)。请检查数据目录可写且磁盘有空间。"
          : "The database refused the import: \(message). Check that the data directory is "
            + "writable and the disk has room."
      ]
    }
    return (lines + [nothing]).joined(separator: "\n")
  }
}

/// What an import did.
public struct MerchantImportSummary: Equatable, Sendable {
  public var added = 0
  public var changed = 0
  public var unchanged = 0

  public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0) {
    self.added = added
    self.changed = changed
    self.unchanged = unchanged
  }

  /// One line for the console.
  public func message(_ language: Language) -> String {
    switch language {
    case .zh: "导入完成：新增 \(added)，更新 \(changed)，未变 \(unchanged)。"
    case .en: "Imported: \(added) added, \(changed) changed, \(unchanged) unchanged."
    }
  }
}
