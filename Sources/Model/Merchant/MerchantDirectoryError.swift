/// A directory operation that failed, with what was being done and what to do.
public enum MerchantDirectoryError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A terminal can be bound to one merchant only.
  case terminalTaken(terminal: TerminalNumber, owner: MerchantNumber, wanted: MerchantNumber)
  /// A stored row no longer reads as a merchant (the file was edited by hand or damaged).
  case unreadableRow(number: String, field: String)
  /// SQLite refused the operation.
  case database(operation: String, message: String)

  public var description: String { message(.en) }

  /// What went wrong and what to do.
  public func message(_ language: Language) -> String {
    switch (self, language) {
    case (.terminalTaken(let terminal, let owner, let wanted), .zh):
      "终端 \(terminal) 已绑定商户 \(owner)，不能再绑定 \(wanted)：一台终端只属于一个商户，请先从原商户解绑。"
    case (.terminalTaken(let terminal, let owner, let wanted), .en):
      "Terminal \(terminal) is already bound to merchant \(owner), so it cannot be bound to "
        + "\(wanted): a terminal belongs to one merchant. Unbind it from \(owner) first."
    case (.unreadableRow(let number, let field), .zh):
      "商户目录中 \(number) 的字段 \(field) 无法读取：请用 merchants export/import 重建目录。"
    case (.unreadableRow(let number, let field), .en):
      "The directory row for \(number) has an unreadable \(field): rebuild the directory "
        + "with merchants export/import."
    case (.database(let operation, let message), .zh):
      "商户目录数据库\(operation)失败：\(message)。请检查数据目录可写且磁盘有空间。"
    case (.database(let operation, let message), .en):
      "The merchant directory database failed to \(operation): \(message). Check that the "
        + "data directory is writable and the disk has room."
    }
  }
}
