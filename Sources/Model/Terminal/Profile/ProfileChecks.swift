import TOMLKit

/// Checks across a parsed profile: references, duplicates and limits.
enum ProfileChecks {
  /// Response codes the simulator's own outcomes show.
  static let requiredResponses = ["25", "51", "55", "58", "96", "98"]
  /// Actions the console's home entries open, so each needs a node.
  static let requiredActions: [MenuAction] = [
    .cardSale, .scanSale, .void, .refund, .settle, .today,
  ]

  static func check(_ p: TerminalProfile, _ root: TOMLTable, _ r: inout ProfileFieldReader) {
    references(p, root, &r)
    duplicates(p, root, &r)
    limits(p, root, &r)
    operators(p, root, &r)
    let head = place(root, "profile")
    for code in requiredResponses where p.response(code) == nil {
      r.add(.missingField, head, nil, .noResponse(code: code))
    }
    for action in requiredActions where p.node(for: action) == nil {
      r.add(.missingField, head, nil, .noNode(action: action.rawValue))
    }
  }

  private static func references(
    _ p: TerminalProfile, _ root: TOMLTable, _ r: inout ProfileFieldReader
  ) {
    let menus = Set(p.menus.map(\.id))
    let head = place(root, "profile")
    for (key, value) in [("start_menu", p.startMenu), ("function_menu", p.functionMenu)]
    where !menus.contains(value) {
      r.add(.unknownReference, head, key, .unknownMenuName(key: key, value: value))
    }
    for node in p.nodes {
      let at = entry(root, "node", id: node.id)
      if !menus.contains(node.menu) {
        r.add(
          .unknownReference, at, "menu", .nodeInUnknownMenu(node: node.id, menu: node.menu))
      }
      switch (node.action, node.opens) {
      case (.openMenu, nil):
        r.add(.missingField, at, "action", .opensMissing(node: node.id))
      case (.openMenu, let target?) where !menus.contains(target):
        r.add(.unknownReference, at, "opens", .opensUnknownMenu(node: node.id, menu: target))
      case (.openMenu, _), (_, nil):
        break
      case (_, .some):
        r.add(.badValue, at, "opens", .opensWithoutOpenMenu(node: node.id))
      }
      if !(0...9).contains(node.key) {
        r.add(.badValue, at, "key", .keyNotDigit(node: node.id, key: node.key))
      }
    }
    let opened = Set(p.nodes.compactMap(\.opens) + [p.startMenu, p.functionMenu])
    for menu in p.menus where !opened.contains(menu.id) {
      r.add(
        .unknownReference, entry(root, "menu", id: menu.id), "id",
        .menuNeverOpened(menu: menu.id))
    }
  }

  private static func duplicates(
    _ p: TerminalProfile, _ root: TOMLTable, _ r: inout ProfileFieldReader
  ) {
    func report(_ ids: [String], _ kind: String, field: String = "id") {
      var seen: [String: Int] = [:]
      for id in ids {
        seen[id, default: 0] += 1
        if seen[id] == 2 {
          r.add(
            .duplicateID, entry(root, kind, id: id, field: field, occurrence: 1), field,
            .duplicateID(kind: kind, field: field, id: id))
        }
      }
    }
    report(p.menus.map(\.id), "menu")
    report(p.nodes.map(\.id), "node")
    report(p.responses.map(\.code), "response", field: "code")
    report(p.slipFields.map(\.id.rawValue), "slip_field")
    for menu in p.menus {
      var keys: [Int: String] = [:]
      for node in p.entries(of: menu.id) {
        if let other = keys[node.key] {
          r.add(
            .duplicateID, entry(root, "node", id: node.id), "key",
            .duplicateKey(other: other, node: node.id, key: node.key, menu: menu.id))
        }
        keys[node.key] = node.id
      }
    }
    var operatorIDs: Set<String> = []
    for (index, entry) in p.operators.enumerated() {
      for id in entry.ids where !operatorIDs.insert(id).inserted {
        r.add(
          .duplicateID, place(root, "operator", index: index), "ids",
          .duplicateOperator(id: id))
      }
    }
  }

  private static func limits(_ p: TerminalProfile, _ root: TOMLTable, _ r: inout ProfileFieldReader)
  {
    let limits = place(root, "limits")
    let maximum = p.limits.maxAmountFen
    if !(Amount.minimumFen...Amount.maximumFen).contains(maximum) {
      r.add(
        .badLimit, limits, "max_amount_fen",
        .maxAmountOutOfRange(maximum))
    }
    if !(0...maximum).contains(p.limits.contactlessNoPINFen) {
      r.add(
        .badLimit, limits, "contactless_no_pin_fen",
        .contactlessLimitOutOfRange(p.limits.contactlessNoPINFen))
    }
    let wait = place(root, "wallet_wait")
    if !(0...maximum).contains(p.walletWait.passwordAboveFen) {
      r.add(
        .badLimit, wait, "password_above_fen", .passwordAboveOutOfRange)
    }
    if p.walletWait.pollSeconds < 1 {
      r.add(.badLimit, wait, "poll_seconds", .pollTooShort)
    }
    if p.walletWait.cancelAfterSeconds <= p.walletWait.pollSeconds {
      r.add(
        .badLimit, wait, "cancel_after_seconds",
        .cancelNotAfterPoll(p.walletWait.cancelAfterSeconds))
    }
    let card = place(root, "card")
    if p.card.bin.count != 6 || !p.card.bin.allSatisfy(\.isASCIIDigit) {
      r.add(.badValue, card, "bin", .badBIN)
    }
    if !(13...19).contains(p.card.length) {
      r.add(.badLimit, card, "length", .badCardLength(p.card.length))
    }
    let month = Int(p.card.expiry.suffix(2)) ?? 0
    if p.card.expiry.count != 4 || !p.card.expiry.allSatisfy(\.isASCIIDigit)
      || !(1...12).contains(month)
    {
      r.add(.badValue, card, "expiry", .badExpiry)
    }
  }

  private static func operators(
    _ p: TerminalProfile, _ root: TOMLTable, _ r: inout ProfileFieldReader
  ) {
    for (index, entry) in p.operators.enumerated() {
      let at = place(root, "operator", index: index)
      for id in entry.ids where id.count != 2 || !id.allSatisfy(\.isASCIIDigit) {
        r.add(.badValue, at, "ids", .operatorNotTwoDigits(id: id))
      }
      if !(4...12).contains(entry.passwordLength) {
        r.add(
          .badLimit, at, "password_length",
          .badPasswordLength(entry.passwordLength))
      } else if entry.defaultPassword.count != entry.passwordLength
        || !entry.defaultPassword.allSatisfy(\.isASCIIDigit)
      {
        r.add(
          .badValue, at, "default_password",
          .badDefaultPassword(length: entry.passwordLength))
      }
    }
    for role in [OperatorRole.cashier, .supervisor]
    where !p.operators.contains(where: { $0.role == role }) {
      r.add(
        .missingField, place(root, "profile"), nil, .noOperatorWithRole(role.rawValue))
    }
  }

  // MARK: Places

  private static func place(_ root: TOMLTable, _ name: String, index: Int? = nil)
    -> ProfileFieldReader.Place
  {
    ProfileFieldReader.Place(name: name, index: index, table: root[name]?.table ?? TOMLTable())
  }

  /// The `[[kind]]` entry whose `field` is `id` (its `occurrence`th, counting from 0).
  private static func entry(
    _ root: TOMLTable, _ kind: String, id: String, field: String = "id", occurrence: Int = 0
  ) -> ProfileFieldReader.Place {
    let array = root[kind]?.array.map { Array($0) } ?? []
    var seen = 0
    for (index, element) in array.enumerated() {
      guard let table = element.table, table[field]?.string == id else { continue }
      if seen == occurrence {
        return ProfileFieldReader.Place(name: kind, index: index, table: table)
      }
      seen += 1
    }
    return place(root, kind)
  }
}
