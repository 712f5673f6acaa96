/// What the shop decided for one step: a failure or not, how long it took on the
/// simulated unit, and which faults showed themselves.
struct FaultDecision: Equatable, Sendable {
  var failure: TransactionFailure?
  var elapsedMilliseconds: Int
  var surfaced: [ScanFault]

  static let none = FaultDecision(failure: nil, elapsedMilliseconds: 0, surfaced: [])

  /// This decision followed by `next`, unless this one already failed.
  func then(_ next: () -> FaultDecision) -> FaultDecision {
    guard failure == nil else { return self }
    let after = next()
    return FaultDecision(
      failure: after.failure, elapsedMilliseconds: elapsedMilliseconds + after.elapsedMilliseconds,
      surfaced: surfaced + after.surfaced)
  }
}

/// The kinds of host request a fault can affect.
enum HostRequest: Equatable, Sendable {
  case scanSale
  case cardSale
  case void
  case refund
  case settlement

  /// The kind of transaction the request carries; nil for settlement.
  var transactionKind: TransactionKind? {
    switch self {
    case .scanSale, .cardSale: .sale
    case .void: .void
    case .refund: .refund
    case .settlement: nil
    }
  }

  /// The payment kind of a sale request; nil for the others.
  var channel: PaymentChannel? {
    switch self {
    case .scanSale: .scan
    case .cardSale: .card
    case .void, .refund, .settlement: nil
    }
  }
}
