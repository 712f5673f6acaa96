extension TerminalSimulator {
  /// Whether the unit shows its start (main) menu, where the console's Esc leaves it.
  public var atStartMenu: Bool { state == .menu(profile.startMenu) }

  /// A numbered menu of the profile: digits choose, Function on the start menu opens the
  /// function menu, cancel goes back to the menu that opened this one.
  mutating func handleMenu(_ id: String, _ input: TerminalInput) -> [TerminalEvent] {
    switch input {
    case .digit(let value):
      guard let node = profile.entries(of: id).first(where: { $0.key == value }) else {
        return []
      }
      return choose(node)
    case .function where id == profile.startMenu:
      state = .menu(profile.functionMenu)
    case .cancel:
      state = .menu(parentMenu(of: id))
    default:
      break
    }
    return []
  }

  /// Opens the node doing `action`, as if it was chosen from its menu (the console's
  /// home entries use this).
  public mutating func perform(_ action: MenuAction) -> [TerminalEvent] {
    notice = nil
    guard let node = profile.node(for: action) else { return [] }
    return choose(node)
  }

  /// Shows menu `id` (the console's management entry uses this).
  public mutating func openMenu(_ id: String) {
    guard profile.menu(id) != nil else { return }
    notice = nil
    state = .menu(id)
  }

  mutating func choose(_ node: MenuNode) -> [TerminalEvent] {
    if node.action.startsTransaction, forceSettlementIfDue() { return [] }
    switch node.action {
    case .cardSale: state = .amountEntry(AmountEntry(purpose: .cardSale))
    case .scanSale: state = .amountEntry(AmountEntry(purpose: .scanSale))
    case .void: state = .supervisor(flow: .void, password: "")
    case .refund: state = .supervisor(flow: .refund, password: "")
    case .openMenu: state = .menu(node.opens ?? profile.startMenu)
    case .today: state = .transactionList(selected: 0)
    case .lastSlip:
      guard let last = ledger.openBatch(training: training).last else {
        show(.profileText(.queryEmpty), .hint)
        return []
      }
      state = .slipView(last)
    case .settle:
      state = .settlementReview(ledger.summary(training: training), forced: false)
    case .signOff:
      operatorID = nil
      state = .signIn(SignInEntry())
      show(.profileText(.signedOff), .success)
    case .version: state = .management(.version)
    case .permissions: state = .management(.permissions)
    case .merchant: state = .management(.merchant)
    case .network: state = .management(.network)
    case .parameters: state = .management(.parameters)
    }
    return []
  }

  /// The menu holding the node that opens `id`; the start menu's parent is itself.
  func parentMenu(of id: String) -> String {
    if id == profile.functionMenu, id != profile.startMenu,
      !profile.nodes.contains(where: { $0.opens == id })
    {
      return profile.startMenu
    }
    return profile.nodes.first { $0.action == .openMenu && $0.opens == id }?.menu
      ?? profile.startMenu
  }

  /// The menu holding the node for `action`, where its pages go back to.
  func menuHolding(_ action: MenuAction) -> String {
    profile.node(for: action)?.menu ?? profile.startMenu
  }

  /// A batch with transactions from before today must be settled before the next
  /// transaction, as the real unit insists; shows the forced settlement if so.
  @discardableResult
  mutating func forceSettlementIfDue() -> Bool {
    let now = clock.now()
    let stale = ledger.openBatch(training: training).contains {
      $0.date < now && !clock.sameDay($0.date, now)
    }
    guard stale else { return false }
    state = .settlementReview(ledger.summary(training: training), forced: true)
    return true
  }

  func menuScreen(_ id: String) -> TerminalScreen {
    let items = profile.entries(of: id).map { TerminalLine("\($0.key) \($0.label(language))") }
    var lines = items
    var keys: [TerminalKey] = [.digits, .cancel]
    if id == profile.startMenu {
      lines.append(TerminalLine(text(.mainMenuHint), .hint))
      keys = [.digits, .function]
    }
    let title = profile.menu(id)?.title(language) ?? id
    return makeScreen(title: title, lines: lines, keys: keys)
  }
}

extension MenuAction {
  /// Actions that start a transaction, which a stale batch must be settled before.
  var startsTransaction: Bool {
    switch self {
    case .cardSale, .scanSale, .void, .refund: true
    case .openMenu, .today, .lastSlip, .settle, .signOff, .version, .permissions, .merchant,
      .network, .parameters:
      false
    }
  }
}
