/// The store's own numbers, as staff set them up once (`pos-console store set`):
/// escalation and slips show them, and customer service asks for them.
public struct StoreIdentity: Equatable, Sendable {
  public var merchantNumber: String?
  public var terminalNumber: String?
  public var serialNumber: String?
  public var merchantName: LocalizedText?

  public init(
    merchantNumber: String? = nil, terminalNumber: String? = nil, serialNumber: String? = nil,
    merchantName: LocalizedText? = nil
  ) {
    self.merchantNumber = merchantNumber
    self.terminalNumber = terminalNumber
    self.serialNumber = serialNumber
    self.merchantName = merchantName
  }
}

/// Why the store's numbers could not be set, in words for the person typing them.
public enum StoreIdentityError: Error, Equatable, Sendable {
  case merchantNumber(MerchantNumberError)
  case setting(SettingsError)

  public func message(_ language: Language) -> String {
    switch self {
    case .merchantNumber(let error): error.message(language)
    case .setting(let error): "\(error)"
    }
  }
}

extension TerminalSettings {
  /// These settings with the given numbers changed; the merchant number is read as
  /// typed on a slip (spaces, dashes and full-width digits allowed). Nothing changes
  /// unless every field is valid.
  public func applying(_ identity: StoreIdentity) throws(StoreIdentityError) -> TerminalSettings {
    var next = self
    if let typed = identity.merchantNumber {
      do {
        next.merchantNumber = try MerchantNumber(parsing: typed).digits
      } catch {
        throw .merchantNumber(error)
      }
    }
    if let terminal = identity.terminalNumber { next.terminalNumber = terminal.trimmingSpaces() }
    if let serial = identity.serialNumber { next.serialNumber = serial.trimmingSpaces() }
    if let name = identity.merchantName { next.merchantName = name }
    do {
      try next.validate()
    } catch {
      throw .setting(error)
    }
    return next
  }
}
