/// What a case book stages in the shop: every simulator fault, and the further causes of the
/// source article that the simulator does not offer as `--fault` (a creased code, dead keys,
/// a loose cable…). Each is one change of the state.
public enum ShopCondition {
  /// Every staging name a case book may use.
  public static var names: [String] { ScanFault.allCases.map(\.rawValue) + others }

  static let others = [
    "code-creased", "phone-dim", "phone-cracked", "self-made-code", "keys-dead", "screen-broken",
    "screen-frozen", "battery-flat", "cable-loose", "camera-worn", "camera-hung", "scan-settings",
    "on-metal", "held-badly", "off-scan-screen", "software-bug", "system-error", "password-asked",
    "card-locked", "firewall", "window-cracked", "timed-out-sale",
  ]

  /// `state` with the condition `name` staged; nil for a name no case book may use.
  public static func stage(_ name: String, on state: ShopState) -> ShopState? {
    if let fault = ScanFault(rawValue: name) { return state.with(faults: [fault]) }
    var state = state
    switch name {
    case "code-creased": state.phone.code = .creased
    case "phone-dim": state.phone.brightness = .low
    case "phone-cracked": state.phone.cracked = true
    case "self-made-code": state.phone.code = .selfMade
    case "keys-dead": state.keysDead = true
    case "screen-broken": state.screenBroken = true
    case "screen-frozen": state.screenWorks = false
    case "battery-flat": state.battery = .flat
    case "cable-loose":
      state.cableLoose = true
      state.battery = .flat
    case "camera-worn": state.cameraWorn = true
    case "camera-hung": state.cameraHung = true
    case "scan-settings": state.scanSettingsDefault = false
    case "on-metal": state.onMetal = true
    case "held-badly": state.heldBadly = true
    case "off-scan-screen": state.offScanScreen = true
    case "software-bug": state.softwareBug = true
    case "system-error": state.hostSystemError = true
    case "password-asked": state.passwordAsked = true
    case "card-locked":
      state.card.locked = true
      state.paysByCard = true
    case "firewall": state.network.firewallBlocks = true
    case "window-cracked": state.window = .cracked
    case "timed-out-sale": state.chargeUnchecked = true
    default: return nil
    }
    return state
  }
}
