/// Harm a walk can do in the shop, whatever verdict it reaches; any of it fails a proof.
public enum ShopHarm: String, Equatable, Sendable, Codable, CaseIterable {
  /// A factory reset before the day was settled: the unit's unsettled sales are gone.
  case lostUnsettledSales = "lost-unsettled-sales"
  /// A code scanned again after a timeout nobody checked: the customer may pay twice.
  case doubleCharge = "double-charge"
  /// A unit sent for repair with nothing wrong in its hardware.
  case repairOfWorkingUnit = "repair-of-working-unit"
  /// 95016 called for what only the customer or their bank can put right.
  case wrongParty = "wrong-party"
  /// A card offered first on a unit that cannot take one (dark, frozen, keys dead).
  case cardOnDeadUnit = "card-on-dead-unit"
}

extension ShopState {
  /// The unit's hardware has a fault a repair would put right.
  public var hardwareFaulty: Bool {
    !cameraWorks || cameraWorn || screenBroken || keysDead || window == .cracked
  }

  /// The unit cannot take a card sale at all: nothing on it responds.
  public var unitDead: Bool {
    battery == .flat || !screenWorks || screenBroken || keysDead
  }

  /// The sale fails only for the customer's own card (PIN, funds, a locked card): nothing
  /// the acquirer's service line can change.
  public var onlyCustomerCardFails: Bool {
    let customers = !card.pinRight || !card.fundsEnough || card.locked
    let acquirers = !scanPermitted || !cardPermitted || merchant == .riskHold || hostSystemError
    return paysByCard && customers && !acquirers
  }
}

extension ShopState {
  /// The waiting sale goes through the way the customer pays: by card on a unit that
  /// responds, or a scan that starts, reads nearly every time and is approved.
  public var saleGoesThrough: Bool {
    if paysByCard { return !unitDead && cardOutcome == .approved }
    return scanStart == .ready && readOdds >= 90 && payOutcome == .approved
  }

  /// Whether the shop works again for what the cashier started from: the waiting sale, and
  /// for "everything fails, card too" a scan as well, since both were failing.
  public func works(from start: String) -> Bool {
    guard saleGoesThrough else { return false }
    guard start == "all-fail", paysByCard else { return true }
    var scanning = self
    scanning.paysByCard = false
    return scanning.saleGoesThrough
  }
}
