/// Something a person at the counter can look at or try, named by a stable ID that guide
/// steps use (`observe = "look.window"`). Each gives one of a fixed set of values.
public enum ShopObservation: String, CaseIterable, Sendable {
  case screen = "look.screen"
  case battery = "look.battery"
  case window = "look.window"
  case light = "look.light"
  case phone = "look.phone"
  case placement = "look.placement"
  case notice = "look.notice"
  case scanStart = "try.scan"
  case read = "try.read"
  case pay = "try.pay"
  /// The message the failed sale left on the screen, read without scanning again.
  case message = "look.message"
  case card = "try.card"
  case scanPermission = "read.permissions.scan"
  case cardPermission = "read.permissions.card"
  case network = "read.network"
  case parameters = "read.parameters"
  case firewall = "ask.firewall"
  case toldReset = "ask.told-reset"

  /// Every value this observation can give.
  public var values: [String] {
    switch self {
    case .screen: ["ok", "dark", "frozen", "keys-dead"]
    case .battery: BatteryState.allCases.map(\.rawValue)
    case .window: WindowState.allCases.map(\.rawValue)
    case .light: ShopLight.allCases.map(\.rawValue)
    case .phone: ["clear", "dim", "creased", "cracked", "self-made"]
    case .placement: ["level", "metal"]
    case .notice: ["maintenance", "none"]
    // 58 and a missing Scan item are what real units show; this shop never does.
    case .scanStart: ScanStartOutcome.allCases.map(\.rawValue) + ["not-permitted", "no-scan-item"]
    case .read: ["reads", "nothing"]
    // "System error" is what real units show for host-side problems only customer service can
    // look into; this shop never does.
    case .pay: PayOutcome.allCases.map(\.rawValue) + ["unread"]
    case .message: PayOutcome.allCases.filter { $0 != .approved }.map(\.rawValue)
    // A card sale never ends in a code's outcomes (expired, unsupported, firmware, a wait).
    case .card:
      PayOutcome.allCases.filter {
        ![.awaitingPassword, .expired, .unsupported, .firmwareTooOld].contains($0)
      }
      .map(\.rawValue) + ["frozen"]
    // Some units have no permissions page; the cashier must be able to say so.
    case .scanPermission, .cardPermission: ["on", "off", "no-page"]
    case .network: ["none", "weak", "good"]
    case .parameters: ["default", "changed", "no-page"]
    case .firewall: ["blocking", "none"]
    case .toldReset: ["yes", "no"]
    }
  }

  /// The menu node whose page this observation reads, for `read.*` observations.
  public var node: String? {
    switch self {
    case .scanPermission, .cardPermission: "manage.permissions"
    case .network: "manage.network"
    case .parameters: "manage.parameters"
    default: nil
    }
  }

  /// What one sees in `state`; `rng` decides only chancy camera reads.
  public func value(in state: ShopState, rng: inout SplitMix64) -> String {
    switch self {
    case .screen: screenLook(state)
    case .battery: state.battery.rawValue
    case .window: state.window.rawValue
    case .light: state.light.rawValue
    case .phone: phoneLook(state.phone)
    case .placement: state.onMetal ? "metal" : "level"
    case .notice: state.host == .maintenance ? "maintenance" : "none"
    case .scanStart: state.scanStart.rawValue
    case .read: state.scanReads(rng: &rng) ? "reads" : "nothing"
    case .pay: state.scanReads(rng: &rng) ? state.payOutcome.rawValue : "unread"
    case .message:
      state.payOutcome == .approved ? PayOutcome.systemError.rawValue : state.payOutcome.rawValue
    case .card: state.screenWorks ? state.cardOutcome.rawValue : "frozen"
    case .scanPermission: state.scanPermitted ? "on" : "off"
    case .cardPermission: state.cardPermitted ? "on" : "off"
    case .network: networkLook(state.network)
    case .parameters: state.scanSettingsDefault ? "default" : "changed"
    case .firewall:
      state.network.kind == .wifi && state.network.firewallBlocks ? "blocking" : "none"
    case .toldReset: state.calledCustomerService ? "yes" : "no"
    }
  }

  /// A flat battery or a broken screen leaves it dark; a hung unit keeps a frozen picture.
  private func screenLook(_ state: ShopState) -> String {
    if state.battery == .flat || state.screenBroken { return "dark" }
    if !state.screenWorks { return "frozen" }
    return state.keysDead ? "keys-dead" : "ok"
  }

  private func phoneLook(_ phone: CustomerPhone) -> String {
    if phone.code == .selfMade { return "self-made" }
    if phone.code == .creased { return "creased" }
    if phone.cracked { return "cracked" }
    return phone.brightness == .low ? "dim" : "clear"
  }

  private func networkLook(_ network: ShopNetwork) -> String {
    guard network.connected else { return "none" }
    return network.bars < 2 ? "weak" : "good"
  }
}
