import Foundation
import TOMLKit

extension TerminalProfile {
  /// The profile in `text`, or every finding; `file` names it in findings.
  public static func read(toml text: String, file: String) -> Result<
    TerminalProfile, TerminalProfileError
  > {
    let root: TOMLTable
    do {
      root = try TOMLText.parse(text)
    } catch {
      let finding = TerminalProfileFinding(
        file: file, line: error.line, kind: .syntax, message: .syntax(error.description))
      return .failure(.invalid([finding]))
    }
    var reader = ProfileFieldReader(file: file, index: TOMLLineIndex(text))
    let profile = ProfileSections.read(root, &reader)
    var checked = reader
    if let profile { ProfileChecks.check(profile, root, &checked) }
    guard let profile, checked.findings.isEmpty else {
      return .failure(.invalid(checked.findings.sorted { $0.line < $1.line }))
    }
    return .success(profile)
  }

  /// The profile at `path`.
  public static func read(contentsOfFile path: String) -> Result<
    TerminalProfile, TerminalProfileError
  > {
    // Through DataFile, so a device, a huge file or a non-UTF-8 one is refused by name.
    do {
      return read(toml: try DataFile.read(path), file: path)
    } catch {
      return .failure(.unreadable(path: path, message: error.problem.text(.en)))
    }
  }

  /// The profile parsed from `text`, throwing every finding.
  public init(toml text: String, file: String) throws(TerminalProfileError) {
    self = try Self.read(toml: text, file: file).get()
  }

  /// The profile at `path`, throwing every finding.
  public init(contentsOfFile path: String) throws(TerminalProfileError) {
    self = try Self.read(contentsOfFile: path).get()
  }
}

/// Reads each section of a profile file into its value.
enum ProfileSections {
  static func read(_ root: TOMLTable, _ r: inout ProfileFieldReader) -> TerminalProfile? {
    let head = r.table(root, "profile")
    let id = head.flatMap { r.string($0, "id") }
    let name = head.flatMap { r.localized($0, "name") }
    let start = head.flatMap { r.string($0, "start_menu") }
    let function = head.flatMap { r.string($0, "function_menu") }
    let mode = amountMode(root, &r)
    let limits = limits(root, &r)
    let wait = walletWait(root, &r)
    let card = card(root, &r)
    let acquirer = r.table(root, "acquirer").flatMap { r.localized($0, "name") }
    let texts = texts(root, &r)
    let menus = r.entries(root, "menu").compactMap { place -> ProfileMenu? in
      guard let id = r.string(place, "id"), let title = r.localized(place, "title") else {
        return nil
      }
      return ProfileMenu(id: id, title: title)
    }
    let nodes = r.entries(root, "node").compactMap { node($0, &r) }
    let responses = r.entries(root, "response").compactMap { place -> ResponseCodeEntry? in
      guard let code = r.string(place, "code"), let text = r.localized(place, "text"),
        let advice = r.localized(place, "advice")
      else { return nil }
      return ResponseCodeEntry(code: code, text: text, advice: advice)
    }
    let operators = r.entries(root, "operator").compactMap { operatorEntry($0, &r) }
    let slipFields = r.entries(root, "slip_field").compactMap { slipField($0, &r) }
    guard let id, let name, let start, let function, let mode, let limits, let wait, let card,
      let acquirer, let texts
    else { return nil }
    return TerminalProfile(
      id: id, name: name, startMenu: start, functionMenu: function, amountEntry: mode,
      limits: limits, walletWait: wait, card: card, acquirer: acquirer, menus: menus,
      nodes: nodes, responses: responses, operators: operators, slipFields: slipFields,
      texts: texts)
  }

  private static func amountMode(_ root: TOMLTable, _ r: inout ProfileFieldReader)
    -> AmountEntryMode?
  {
    guard let place = r.table(root, "amount_entry"), let text = r.string(place, "mode") else {
      return nil
    }
    guard let mode = AmountEntryMode(rawValue: text) else {
      let known = AmountEntryMode.allCases.map(\.rawValue).joined(separator: ", ")
      r.add(.badValue, place, "mode", .unknownAmountMode(text, known: known))
      return nil
    }
    return mode
  }

  private static func limits(_ root: TOMLTable, _ r: inout ProfileFieldReader) -> TerminalLimits? {
    guard let place = r.table(root, "limits"),
      let maximum = r.int(place, "max_amount_fen"),
      let contactless = r.int(place, "contactless_no_pin_fen")
    else { return nil }
    return TerminalLimits(maxAmountFen: maximum, contactlessNoPINFen: contactless)
  }

  private static func walletWait(_ root: TOMLTable, _ r: inout ProfileFieldReader)
    -> WalletWaitRule?
  {
    guard let place = r.table(root, "wallet_wait"),
      let above = r.int(place, "password_above_fen"), let poll = r.int(place, "poll_seconds"),
      let cancel = r.int(place, "cancel_after_seconds")
    else { return nil }
    return WalletWaitRule(passwordAboveFen: above, pollSeconds: poll, cancelAfterSeconds: cancel)
  }

  private static func card(_ root: TOMLTable, _ r: inout ProfileFieldReader) -> SimulatedCard? {
    guard let place = r.table(root, "card") else { return nil }
    let bin = r.string(place, "bin")
    let length = r.int(place, "length")
    let issuer = r.localized(place, "issuer")
    let expiry = r.string(place, "expiry")
    let chip = r.bool(place, "has_chip")
    let pin = r.bool(place, "has_pin")
    guard let bin, let length, let issuer, let expiry, let chip, let pin else { return nil }
    return SimulatedCard(
      bin: bin, length: length, issuer: issuer, expiry: expiry, hasChip: chip, hasPIN: pin)
  }

  private static func texts(_ root: TOMLTable, _ r: inout ProfileFieldReader)
    -> [ProfileTextKey: LocalizedText]?
  {
    guard let place = r.table(root, "text") else { return nil }
    var texts: [ProfileTextKey: LocalizedText] = [:]
    for key in ProfileTextKey.allCases {
      if let text = r.localized(place, key.rawValue) { texts[key] = text }
    }
    let known = Set(ProfileTextKey.allCases.flatMap { [$0.rawValue + "_zh", $0.rawValue + "_en"] })
    for key in place.table.keys.sorted()
    where !known.contains(key) && key != "confidence" && key != "source" {
      r.add(
        .badValue, place, key,
        .unknownText(key, known: known.sorted().joined(separator: ", ")))
    }
    return texts
  }

  private static func node(_ place: ProfileFieldReader.Place, _ r: inout ProfileFieldReader)
    -> MenuNode?
  {
    let id = r.string(place, "id")
    let menu = r.string(place, "menu")
    let key = r.int(place, "key")
    let label = r.localized(place, "label")
    var action: MenuAction?
    if let text = r.string(place, "action") {
      action = MenuAction(rawValue: text)
      if action == nil {
        let known = MenuAction.allCases.map(\.rawValue).joined(separator: ", ")
        r.add(.badValue, place, "action", .unknownAction(text, known: known))
      }
    }
    let opens = r.optionalString(place, "opens")
    guard let id, let menu, let key, let label, let action else { return nil }
    return MenuNode(id: id, menu: menu, key: key, label: label, action: action, opens: opens)
  }

  private static func operatorEntry(
    _ place: ProfileFieldReader.Place, _ r: inout ProfileFieldReader
  ) -> OperatorEntry? {
    var ids: [String]?
    if let value = place.table["ids"] {
      ids = value.array?.compactMap { $0.string }
      if ids == nil || ids?.isEmpty == true {
        r.add(.badValue, place, "ids", .idsNotList)
        ids = nil
      }
    } else {
      r.add(.missingField, place, nil, .missingIDs(place: place.label))
    }
    var role: OperatorRole?
    if let text = r.string(place, "role") {
      role = OperatorRole(rawValue: text)
      if role == nil {
        r.add(
          .badValue, place, "role", .unknownRole(text))
      }
    }
    let length = r.int(place, "password_length")
    let password = r.string(place, "default_password")
    guard let ids, let role, let length, let password else { return nil }
    return OperatorEntry(ids: ids, role: role, passwordLength: length, defaultPassword: password)
  }

  private static func slipField(_ place: ProfileFieldReader.Place, _ r: inout ProfileFieldReader)
    -> SlipFieldEntry?
  {
    let label = r.localized(place, "label")
    guard let text = r.string(place, "id") else { return nil }
    guard let id = SlipFieldID(rawValue: text) else {
      let known = SlipFieldID.allCases.map(\.rawValue).joined(separator: ", ")
      r.add(.badValue, place, "id", .unknownSlipField(text, known: known))
      return nil
    }
    guard let label else { return nil }
    return SlipFieldEntry(id: id, label: label)
  }
}
