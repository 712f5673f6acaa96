/// The unit's hidden physical state and its surroundings: what a person at the counter could
/// see or change, as one value. Faults are changes to it (`with(faults:)`); what the unit does
/// follows from it, so a guide can be walked honestly against it.
public struct ShopState: Equatable, Sendable {
  public var window: WindowState = .clean
  public var cameraWorks = true
  /// The unit stands on a metal counter, which upsets its camera's focus light.
  public var onMetal = false
  public var light: ShopLight = .normal
  public var phone = CustomerPhone()
  /// Whether the waiting customer pays by card rather than with a code.
  public var paysByCard = false
  public var card = CustomerCard()
  public var battery: BatteryState = .charged
  public var screenWorks = true
  /// A key that presses itself (the scan key), interrupting amount entry.
  public var keyStuck = false
  public var network = ShopNetwork()
  public var host: HostState = .up
  public var merchant: ShopMerchantStatus = .normal
  public var scanPermitted = true
  public var cardPermitted = true
  public var firmware: GuideVersion = ShopState.currentFirmware
  /// Scan settings left at full window and default decoding.
  public var scanSettingsDefault = true
  /// Set by `act.call-95016`: the case is with customer service.
  public var calledCustomerService = false
  /// Set by `act.settle`: the day's batch is settled.
  public var settled = false
  /// Keys that do nothing when pressed: a hardware fault, unlike a mis-press.
  public var keysDead = false
  /// The screen itself is broken: dark even when charged and restarted.
  public var screenBroken = false
  /// The camera is worn with age: it starts, but reads only now and then.
  public var cameraWorn = false
  /// The camera module hangs until the unit is restarted.
  public var cameraHung = false
  /// The charger cable is not pushed in at one end, so the battery does not charge.
  public var cableLoose = false
  /// A known bug in this firmware stops reads until the patch (an update) is installed.
  public var softwareBug = false
  /// The cashier has not opened the scan screen (untrained use).
  public var offScanScreen = false
  /// The customer holds the code too close, too far or moving.
  public var heldBadly = false
  /// The host answers "system error": only customer service can look into why.
  public var hostSystemError = false
  /// The wallet asks the customer for the payment password before it pays.
  public var passwordAsked = false
  /// A sale timed out and nobody has checked whether the customer was charged.
  public var chargeUnchecked = false
  /// Sales on the unit since the last settlement; a factory reset before settling loses them.
  public var unsettledSales = 3
  /// Harm done on the way (a lost batch, a double charge, a needless repair…), in order.
  public var harms: [ShopHarm] = []

  /// The firmware the update brings; older than `minimumFirmware` cannot read current codes.
  public static let currentFirmware = GuideVersion("2.3.1")!
  /// The firmware `firmware-old` leaves on the unit.
  public static let oldFirmware = GuideVersion("1.8.0")!

  public init() {}
}

public enum WindowState: String, Equatable, Sendable, CaseIterable {
  case clean
  case smudged
  case cracked
}

public enum ShopLight: String, Equatable, Sendable, CaseIterable {
  case dim
  case normal
  case glaring
}

/// The code on the customer's phone and the phone showing it.
public struct CustomerPhone: Equatable, Sendable {
  public var brightness: PhoneBrightness = .normal
  /// The phone's screen is cracked over the code; no setting of the unit helps.
  public var cracked = false
  public var code: CodeState = .fresh
  public var wallet: ShopWallet = .wechat

  public init() {}
}

public enum PhoneBrightness: String, Equatable, Sendable, CaseIterable {
  case low
  case normal
}

public enum CodeState: String, Equatable, Sendable, CaseIterable {
  case fresh
  case expired
  case used
  /// A creased printout or a cracked screen over the code.
  case creased
  /// A QR code a shop made itself, not a wallet's payment code.
  case selfMade = "self-made"
}

/// Which wallet the customer pays with; the unit accepts some of them.
public enum ShopWallet: String, Equatable, Sendable, CaseIterable {
  case wechat
  case alipay
  case unionpay
  case ecny
  case jdBaitiao = "jd-baitiao"
  /// A small app's own code the acquirer does not take.
  case unsupportedApp = "unsupported-app"

  public var accepted: Bool { self != .unsupportedApp }
}

/// The customer's bank card, for the card faults.
public struct CustomerCard: Equatable, Sendable {
  public var pinRight = true
  public var fundsEnough = true
  /// The bank refuses this card whatever is typed (locked after wrong PINs).
  public var locked = false

  public init() {}
}

public enum BatteryState: String, Equatable, Sendable, CaseIterable {
  case charged
  case flat
}

public enum NetworkKind: String, Equatable, Sendable, CaseIterable {
  case wifi
  case mobile
}

/// The link the unit uses, and what the other one would give.
public struct ShopNetwork: Equatable, Sendable {
  public var kind: NetworkKind = .wifi
  /// Whether the shop Wi-Fi works at all.
  public var wifiUp = true
  /// Bars, 0–4, on each link.
  public var wifiBars = 4
  public var mobileBars = 4
  /// The shop Wi-Fi's firewall drops the acquirer's traffic.
  public var firewallBlocks = false

  public init() {}

  public var connected: Bool { kind == .mobile ? mobileBars > 0 : wifiUp && wifiBars > 0 }
  public var bars: Int { connected ? (kind == .mobile ? mobileBars : wifiBars) : 0 }
  /// Requests reach the host reliably: connected, 2 bars or more, nothing blocking.
  public var reachesHost: Bool { bars >= 2 && !(kind == .wifi && firewallBlocks) }
}

public enum HostState: String, Equatable, Sendable, CaseIterable {
  case up
  case maintenance
}

public enum ShopMerchantStatus: String, Equatable, Sendable, CaseIterable {
  case normal
  case riskHold = "risk-hold"
}
