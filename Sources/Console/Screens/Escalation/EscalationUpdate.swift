import Model

extension EscalationSession: ScreenComponent {
  typealias Effect = EscalationRequest
  typealias Event = EscalationEvent

  enum Command {
    case back
    case scroll(lines: Int)
    case page(Int)
    case choose(Int)
    case save
    case type(Character)
    case deleteLast
    case clear
    case submit
    case nextField
    case previousField
  }

  /// Opens the screen for self-check session `sessionID` (nil: the latest session) and
  /// asks the services to read it; the self-check hands over through this.
  static func open(sessionID: String?, _ context: ScreenContext)
    -> (Self, ScreenOutcome<Effect>)
  {
    let settings = context.resources.settings
    let session = EscalationSession(
      sessionID: sessionID, storeMerchantNumber: settings.merchantNumber)
    let load = EscalationRequest.load(
      sessionID: sessionID, guides: context.resources.guides,
      storeMerchantNumber: settings.merchantNumber)
    return (
      session,
      ScreenOutcome(effects: [load], logs: ["open escalation session=\(sessionID ?? "latest")"])
    )
  }

  /// Home 5.
  static let homeEntry = HomeMenuItem(
    number: 5, label: .entryEscalation, info: .entryEscalationInfo,
    opens: .escalation(sessionID: nil))

  func title(_ context: ScreenContext) -> String {
    let language = context.language
    let entry = "\(Self.homeEntry.number) " + Self.homeEntry.label(language)
    switch pane {
    case .steps: return entry
    case .summary: return entry + " › " + UIText.escSummaryTitle(language)
    case .lookup: return entry + " › " + UIText.lookupTitle(language)
    case .slipCheck: return entry + " › " + UIText.slipTitle(language)
    }
  }

  func bindings(_ context: ScreenContext) -> [KeyBinding<Command>] {
    let back = KeyBinding<Command>([.escape], "Esc", .keyBack, .back)
    let arrows = KeyBinding<Command>(.keys([.up, .down]), "↑↓", .keyScroll) {
      .scroll(lines: $0 == .up ? -1 : 1)
    }
    let pages = KeyBinding<Command>(
      .keys([.pageUp, .pageDown]), "PgUp/PgDn", .keyScroll, inKeyLine: pane == .slipCheck
    ) { .page($0 == .pageUp ? -1 : 1) }
    switch pane {
    case .steps:
      return [
        back, KeyBinding(.digits, "1-4", .keyChoose) { $0.digit.map(Command.choose) }, arrows,
        pages,
      ]
    case .summary:
      return [
        back, KeyBinding(.keys([.character("4"), .enter]), "4/Enter", .keySave) { _ in .save },
        KeyBinding(.digits, "1-3", .keyChoose, inKeyLine: false) { $0.digit.map(Command.choose) },
        arrows, pages,
      ]
    case .lookup:
      return [
        back, KeyBinding([.enter], "Enter", .keyLookUp, .submit),
        KeyBinding([.backspace], "Backspace", .keyDelete, .deleteLast),
        KeyBinding([.delete], "Del", .keyClear, inKeyLine: false, .clear), arrows, pages,
        typing,
      ]
    case .slipCheck:
      return [
        back, KeyBinding([.enter], "Enter", .keyCheck, .submit),
        KeyBinding(.keys([.tab, .down]), "Tab/↑↓", .keyNextField) { _ in .nextField },
        KeyBinding(.keys([.backTab, .up]), "⇧Tab/↑", .keyNextField, inKeyLine: false) { _ in
          .previousField
        },
        KeyBinding([.backspace], "Backspace", .keyDelete, .deleteLast),
        KeyBinding([.delete], "Del", .keyClear, inKeyLine: false, .clear), pages, typing,
      ]
    }
  }

  /// The forms take every printable key as text.
  private var typing: KeyBinding<Command> {
    KeyBinding(.printable, "abc", .keyType, inKeyLine: false) { key in
      if case .character(let c) = key { return .type(c) }
      return nil
    }
  }

  mutating func perform(_ command: Command, _ context: ScreenContext) -> ScreenOutcome<Effect> {
    let lineCount = escalationBody(self, context).count
    let rows = EscalationLayout.scrolled(pane, context.body).rows
    switch command {
    case .back:
      if pane == .steps { return .go(.home) }
      pane = .steps
      scroll.reset()
    case .scroll(let lines): scroll.scroll(by: lines, lines: lineCount, rows: rows)
    case .page(let direction): scroll.scroll(by: direction * rows, lines: lineCount, rows: rows)
    case .choose(let digit):
      switch digit {
      case 1: pane = .lookup
      case 2: pane = .slipCheck
      case 3: pane = .summary
      case 4: return save(context)
      default: return .none
      }
      scroll.reset()
    case .save: return save(context)
    case .type(let character):
      if pane == .lookup { lookup.number.type(character) } else { slip[slip.focus].type(character) }
    case .deleteLast:
      if pane == .lookup { lookup.number.deleteLast() } else { slip[slip.focus].deleteLast() }
    case .clear:
      if pane == .lookup { lookup.number.clear() } else { slip[slip.focus].clear() }
    case .nextField:
      let fields = SlipFormField.allCases
      slip.focus = fields[(slip.focus.rawValue + 1) % fields.count]
    case .previousField:
      let fields = SlipFormField.allCases
      slip.focus = fields[(slip.focus.rawValue + fields.count - 1) % fields.count]
    case .submit:
      let effects = pane == .lookup ? submitLookup(context) : submitSlip(context)
      return ScreenOutcome(effects: effects)
    }
    return .none
  }

  mutating func receive(_ event: EscalationEvent, _ context: ScreenContext)
    -> ScreenOutcome<Effect>
  {
    switch event {
    case .loaded(let loaded): self.context = loaded
    case .saved(let outcome): saved = outcome
    case .lookedUp(let answer, .lookup): lookup.answer = answer
    case .lookedUp(let answer, .slipCheck): slip.answer = answer
    case .lookedUp(_, .steps), .lookedUp(_, .summary): break
    }
    return .none
  }

  private func save(_ context: ScreenContext) -> ScreenOutcome<Effect> {
    ScreenOutcome(effects: [.save(escalationHandOff(self, context), context.language)])
  }

  private mutating func submitLookup(_ context: ScreenContext) -> [Effect] {
    do {
      _ = try MerchantNumber(parsing: lookup.number.text)
    } catch {
      lookup.number.badPosition = error.position
      lookup.answer = .refused(error.message)
      return []
    }
    guard let tables = context.resources.merchantTables else {
      lookup.answer = noTables(context)
      return []
    }
    lookup.answer = .pending
    let request = MerchantLookupRequest(number: lookup.number.text)
    return [.lookup(request, tables: tables, pane: .lookup)]
  }

  /// Checks every field before asking the directory, so a typing mistake is shown at once.
  private mutating func submitSlip(_ context: ScreenContext) -> [Effect] {
    func refuse(
      _ form: inout SlipForm, _ field: SlipFormField, _ label: UIText, _ position: Int?,
      _ message: LocalizedText
    ) {
      form.focus = field
      form[field].badPosition = position
      form.answer = .refused(
        .each { UIMessage.fieldRefused(label: label($0), problem: message($0))($0) })
    }
    for (field, label) in [(SlipFormField.registered, UIText.slipRegistered), (.slip, .slipOnSlip)]
    {
      do {
        _ = try MerchantNumber(parsing: slip[field].text)
      } catch {
        refuse(&slip, field, label, error.position, error.message)
        return []
      }
    }
    let terminal = slip.terminal.text
    // The terminal is optional: a field holding only separators counts as left empty.
    let hasTerminal = !terminal.allSatisfy { " -\u{3000}".contains($0) }
    if hasTerminal {
      do {
        _ = try TerminalNumber(parsing: terminal)
      } catch {
        refuse(&slip, .terminal, .slipTerminal, error.position, error.message)
        return []
      }
    }
    guard let tables = context.resources.merchantTables else {
      slip.answer = noTables(context)
      return []
    }
    slip.answer = .pending
    let request = MerchantLookupRequest(
      number: slip.registered.text, slip: slip.slip.text, terminal: hasTerminal ? terminal : nil)
    return [.lookup(request, tables: tables, pane: .slipCheck)]
  }

  private func noTables(_ context: ScreenContext) -> LookupAnswer {
    .unavailable(.escNoTables, detail: context.resources.problems.joined(separator: "; "))
  }
}

extension MerchantNumberError {
  /// The 1-based position of the refused character, if one was refused.
  var position: Int? {
    if case .invalidCharacter(let position, _) = self { return position }
    return nil
  }
}

extension TerminalNumberError {
  /// The 1-based position of the refused character, if one was refused.
  var position: Int? {
    if case .invalidCharacter(let position, _) = self { return position }
    return nil
  }
}
