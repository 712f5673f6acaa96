import Model

/// The names of what one can look at by the counter (the F3 list): one line per
/// observation, checked complete by the compiler.
enum CounterTextEn {
  static func lookName(_ observation: ShopObservation) -> String {
    switch observation {
    case .screen: "The screen and keys"
    case .battery: "The battery icon"
    case .window: "The scan window"
    case .light: "The light at the counter"
    case .phone: "The code on the customer's phone"
    case .placement: "Where the unit stands"
    case .notice: "The acquirer's notices"
    case .scanStart: "Start a scan"
    case .read: "Hold the code to the camera"
    case .pay: "Take a test payment"
    case .message: "Read the failed sale's message"
    case .card: "Try a card"
    case .scanPermission: "The scan permission"
    case .cardPermission: "The card permission"
    case .network: "The network page"
    case .parameters: "The parameters page"
    case .firewall: "Ask whether the shop Wi-Fi has a firewall"
    case .toldReset: "Ask whether support told you to reset"
    }
  }
}
