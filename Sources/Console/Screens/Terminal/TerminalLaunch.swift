import Model

/// Which flow a home entry opens on the simulated terminal, once it is signed in.
enum TerminalLaunch: Equatable, Sendable {
  /// Home 1: scan payment, at amount entry.
  case scan
  /// Home 2: card sale, at amount entry.
  case card
  /// Home 3: the choice between void (same batch) and refund.
  case voidOrRefund
  /// Home 7: the management menu.
  case management

  /// The flow `entry` opens, or nil for entries that are not the terminal.
  init?(_ entry: HomeEntry) {
    switch entry {
    case .scanPayment: self = .scan
    case .cardSale: self = .card
    case .voidRefund: self = .voidOrRefund
    case .management: self = .management
    case .selfCheck, .escalation, .training, .exit: return nil
    }
  }

  /// The home entry that opens this flow (for the title bar).
  var entry: HomeEntry {
    switch self {
    case .scan: .scanPayment
    case .card: .cardSale
    case .voidOrRefund: .voidRefund
    case .management: .management
    }
  }
}
