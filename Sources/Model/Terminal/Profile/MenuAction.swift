/// What a menu entry does; the profile names one per node.
public enum MenuAction: String, Equatable, Sendable, CaseIterable {
  case cardSale = "card-sale"
  case scanSale = "scan-sale"
  case void
  case refund
  case openMenu = "open-menu"
  /// Today's transactions: today's transactions.
  case today
  /// The last slip, shown again.
  case lastSlip = "last-slip"
  case settle
  case signOff = "sign-off"
  case version
  case permissions
  case merchant
  case network
  case parameters
}
