/// A typed answer and how its judgement routes the guide.
public enum GuideInput: Equatable, Sendable {
  /// A version string read on the unit, compared with a minimum.
  case version(VersionInput)
  /// A customer's payment code, judged by the injected `PaymentCodeJudging`.
  case paymentCode(PaymentCodeInput)

  /// Every route with the step it leads to, in a fixed order.
  public var routes: [(route: GuideInputRoute, next: String)] {
    switch self {
    case .version(let input):
      [(.atLeastMinimum, input.atLeast), (.belowMinimum, input.below)]
    case .paymentCode(let input):
      [(.supported, input.supported), (.unsupported, input.unsupported), (.unknown, input.unknown)]
    }
  }

  /// The step a route leads to, or nil if this input has no such route.
  public func next(for route: GuideInputRoute) -> String? {
    routes.first { $0.route == route }?.next
  }
}

/// The outcome of judging a typed answer; stored with the answer so resuming needs no judge.
public enum GuideInputRoute: String, Equatable, Sendable, Codable, CaseIterable {
  case atLeastMinimum = "at-least"
  case belowMinimum = "below"
  case supported
  case unsupported
  case unknown

  /// How the route reads in a summary.
  public var label: GuideText { .inputRoute(self) }
}

/// A version read on the unit (Management → version information) and the minimum that reads current code formats.
public struct VersionInput: Equatable, Sendable {
  /// Menu labels leading to the version screen.
  public var keyPath: [LocalizedText]
  public var minimum: GuideVersion
  public var atLeast: String
  public var below: String

  public init(keyPath: [LocalizedText], minimum: GuideVersion, atLeast: String, below: String) {
    self.keyPath = keyPath
    self.minimum = minimum
    self.atLeast = atLeast
    self.below = below
  }
}

/// Where a payment code's judgement leads.
public struct PaymentCodeInput: Equatable, Sendable {
  public var supported: String
  public var unsupported: String
  public var unknown: String

  public init(supported: String, unsupported: String, unknown: String) {
    self.supported = supported
    self.unsupported = unsupported
    self.unknown = unknown
  }
}
