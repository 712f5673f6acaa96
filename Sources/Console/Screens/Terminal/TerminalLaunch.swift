import Model

/// Which flow a home entry opens on the simulated terminal, once it is signed in.
enum TerminalLaunch: Equatable, Sendable, CaseIterable {
  /// Home 1: scan payment, at amount entry.
  case scan
  /// Home 2: card sale, at amount entry.
  case card
  /// Home 3: the choice between void (same batch) and refund.
  case voidOrRefund
  /// Home 7: the management menu.
  case management

  /// The flow `navigation` opens, or nil for destinations that are not the terminal.
  init?(_ navigation: Navigation) {
    guard let launch = Self.allCases.first(where: { $0.homeEntry.opens == navigation }) else {
      return nil
    }
    self = launch
  }

  /// The home entry that opens this flow (the home menu and the title bar).
  var homeEntry: HomeMenuItem {
    switch self {
    // Numbered as the unit's own main menu (1 card sale, 2 scan), so one habit serves both.
    case .card: HomeMenuItem(number: 1, label: .entryCard, info: .entryCardInfo, opens: .cardSale)
    case .scan:
      HomeMenuItem(number: 2, label: .entryScan, info: .entryScanInfo, opens: .scanPayment)
    case .voidOrRefund:
      HomeMenuItem(number: 3, label: .entryVoid, info: .entryVoidInfo, opens: .voidRefund)
    case .management:
      HomeMenuItem(
        number: 7, label: .entryManagement, info: .entryManagementInfo, opens: .management)
    }
  }
}
