import Model

/// What the cashier last saw or did at the counter, shown as a notice until the next key.
enum CounterSight: Equatable, Sendable {
  case saw(ShopObservation, value: String)
  case did(ShopAction)
  /// The unit says so itself when a firmware download cannot reach the host.
  case updateFailed

  /// What one sees after doing `action` in `shop`: only what the unit itself would say.
  static func done(_ action: ShopAction, in shop: ShopState) -> CounterSight {
    let after = action.apply(to: shop)
    if action == .updateFirmware, after.has(.firmwareOld) { return .updateFailed }
    return .did(action)
  }

  /// Looking at `observation` in `shop`. Only physical looks are offered, so the seeded
  /// camera is never consulted here; the generator is fixed so a look never varies.
  static func look(_ observation: ShopObservation, in shop: ShopState) -> CounterSight {
    var rng = SplitMix64(seed: 0)
    return .saw(observation, value: observation.value(in: shop, rng: &rng))
  }

  func text(_ language: Language) -> String {
    switch self {
    case .saw(let observation, let value):
      UIMessage.counterSaw(
        what: UIMessage.counterLookName(observation)(language),
        sight: observation.describe(value)(language))(language)
    case .did(let action): UIMessage.counterDid(action: action.title(language))(language)
    case .updateFailed: UIText.counterUpdateFailed(language)
    }
  }

  var notice: (Language) -> Notice {
    { Notice(text: text($0), role: .notice) }
  }
}
