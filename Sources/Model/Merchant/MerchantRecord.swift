/// A merchant as the local directory registers it.
public struct MerchantRecord: Equatable, Sendable {
  public var number: MerchantNumber
  public var name: String
  /// The registered MCC; normally the number's own digits 8-11.
  public var mccCode: String
  /// The registered region code; normally the number's own digits 4-7.
  public var regionCode: String
  /// The terminals bound to the merchant, sorted.
  public var terminals: [TerminalNumber]
  /// The payment methods enabled for the merchant, sorted.
  public var methods: [MerchantPaymentMethod]
  public var status: MerchantStatus

  public init(
    number: MerchantNumber, name: String, mccCode: String? = nil, regionCode: String? = nil,
    terminals: [TerminalNumber], methods: [MerchantPaymentMethod], status: MerchantStatus
  ) {
    self.number = number
    self.name = name
    self.mccCode = mccCode ?? number.mccCode
    self.regionCode = regionCode ?? number.regionCode
    self.terminals = Array(Set(terminals)).sorted()
    self.methods = Array(Set(methods)).sorted()
    self.status = status
  }

  /// Whether a scan payment can go through: the method is enabled and the status allows it.
  public var canScan: Bool { methods.contains(.scan) && status.allowsScanning }

  /// Whether `terminal` is bound to this merchant.
  public func owns(_ terminal: TerminalNumber) -> Bool { terminals.contains(terminal) }
}
