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
    MerchantText.directoryFailed(self)(language)
  }
}
