/// Who ran a self-check, on which unit, in which store, with which guide version: what the
/// records need to say which unit keeps failing and who needs training.
public struct SessionContext: Equatable, Sendable, Codable {
  public var guideVersion: String?
  public var terminalID: String?
  public var operatorID: String?
  public var storeID: String?
  public var merchantNumber: String?

  public init(
    guideVersion: String? = nil, terminalID: String? = nil, operatorID: String? = nil,
    storeID: String? = nil, merchantNumber: String? = nil
  ) {
    self.guideVersion = guideVersion
    self.terminalID = terminalID
    self.operatorID = operatorID
    self.storeID = storeID
    self.merchantNumber = merchantNumber
  }
}
