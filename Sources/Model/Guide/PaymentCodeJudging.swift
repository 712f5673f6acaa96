/// Judges a customer's payment code for an input step; the simulator's classifier provides it.
public protocol PaymentCodeJudging: Sendable {
  func judge(_ code: String) -> PaymentCodeJudgement
}

/// What a judge says about a payment code.
public enum PaymentCodeJudgement: Equatable, Sendable {
  /// A code of a wallet the terminal accepts.
  case supported(wallet: LocalizedText)
  /// A recognised code the terminal does not accept (e.g. a self-made QR code).
  case unsupported(reason: LocalizedText)
  /// Well-formed, but no known wallet.
  case unknown
  /// Not a code at all (empty, control characters); the cashier should type it again.
  case malformed(reason: LocalizedText)
}

/// A judge made from a closure, so the console can hand in the simulator's classifier.
public struct PaymentCodeJudge: PaymentCodeJudging {
  private let judgeCode: @Sendable (String) -> PaymentCodeJudgement

  public init(_ judge: @escaping @Sendable (String) -> PaymentCodeJudgement) {
    judgeCode = judge
  }

  public func judge(_ code: String) -> PaymentCodeJudgement { judgeCode(code) }
}
