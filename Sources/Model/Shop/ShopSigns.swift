/// What each observed value looks like in words, per language: the phrases a cashier who
/// sees it would recognise in an option's label. The prover answers a question by finding
/// the option whose label says what it sees, never by the option's `value`, so a label that
/// says the wrong thing sends the walk where a real cashier would go.
public enum ShopSigns {
  /// Phrases that say `value` of `observation` was seen.
  public static func signs(_ observation: ShopObservation, _ value: String, _ language: Language)
    -> [String]
  {
    // The message on the screen is said the same way as a retry's.
    let name = observation == .message ? ShopObservation.pay.rawValue : observation.rawValue
    let key = "\(name)=\(value)"
    switch language {
    case .zh: return ShopSignsZh.signs[key] ?? []
    case .en: return ShopSignsEn.signs[key] ?? []
    }
  }

  /// Words of a plain "no, still not" answer.
  public static func negative(_ language: Language) -> [String] {
    switch language {
    case .zh: ShopSignsZh.negative
    case .en: ShopSignsEn.negative
    }
  }

  /// Words of a plain "yes, it works" answer.
  public static func positive(_ language: Language) -> [String] {
    switch language {
    case .zh: ShopSignsZh.positive
    case .en: ShopSignsEn.positive
    }
  }

  /// Words of a catch-all "something else" answer.
  public static func other(_ language: Language) -> [String] {
    switch language {
    case .zh: ShopSignsZh.other
    case .en: ShopSignsEn.other
    }
  }

  /// Whether `value` is the observation's "all is well" value (a "yes, it works" answer).
  public static func isGood(_ observation: ShopObservation, _ value: String) -> Bool {
    switch observation {
    case .screen: value == "ok"
    case .battery: value == "charged"
    case .window: value == "clean"
    case .light: value == "normal"
    case .phone: value == "clear"
    case .placement: value == "level"
    case .notice: value == "none"
    case .scanStart: value == "ready"
    case .read: value == "reads"
    case .pay, .card, .message: value == "approved"
    case .scanPermission, .cardPermission: value == "on"
    case .network: value == "good"
    case .parameters: value == "default"
    case .firewall: value == "none"
    case .toldReset: value == "no"
    }
  }
}
