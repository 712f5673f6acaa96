extension ShopState {
  /// The guide start a cashier would pick for what the unit does in this state: the first
  /// thing that goes wrong on taking the waiting payment; nil when nothing visibly does.
  public var symptom: String? {
    if scanStart == .noResponse { return "no-response" }
    if paysByCard { return cardOutcome == .approved ? nil : "all-fail" }
    if scanStart != .ready { return "no-response" }
    // Reads that fail more often than not are what the cashier notices first.
    if readOdds < 50 { return "light-no-read" }
    return payOutcome == .approved ? nil : "payment-fails"
  }

  /// Whether what the cashier started from still goes wrong after a fix: the waiting
  /// payment, and for "everything fails, card too" a scan as well, since both were failing.
  public func stillFails(from start: String) -> Bool {
    if symptom != nil { return true }
    guard start == "all-fail" else { return false }
    var scanning = self
    scanning.paysByCard = false
    return scanning.symptom != nil
  }

  /// The customer's phone or card as a training scenario has them present it.
  public func presenting(_ presents: CustomerPresents) -> ShopState {
    var state = self
    switch presents {
    case .card:
      state.paysByCard = true
    case .walletCode(let id):
      state.paysByCard = false
      if id == "self-made" {
        state.phone.code = .selfMade
      } else if let wallet = ShopWallet(rawValue: id) {
        state.phone.wallet = wallet
      }
    }
    return state
  }
}
