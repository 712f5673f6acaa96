import Foundation
import Model

/// The records a shop keeps, to act on: the routine care due today, the cases handed to
/// 95016 still open (their ticket number and, once known, how they ended), the units that
/// keep failing, and how each start has gone.
struct RecordsScreen: ScreenComponent {
  typealias Effect = RecordsRequest
  typealias Event = RecordsEvent

  /// Nil until the first answer from the services.
  var overview: RecordsOverview?
  var failure: String?
  /// Over the care items first, then the open cases.
  var list = MenuList(count: CareItem.allCases.count, wraps: false)
  var mode = Mode.browse

  enum Mode: Equatable, Sendable {
    case browse
    /// Choosing how the selected case ended (1–4).
    case outcome(caseID: String)
    /// Typing the selected case's 95016 ticket number.
    case ticket(caseID: String, field: TextField)
  }

  enum Command {
    case move(MenuList.Move)
    case act
    case startTicket
    case type(Character)
    case erase
    case outcome(CaseOutcome)
    case cancel
    case back
  }

  static let homeEntry = HomeMenuItem(
    number: 8, label: .entryRecords, info: .entryRecordsInfo, opens: .records)

  static func open(_ context: ScreenContext) -> (Self, ScreenOutcome<RecordsRequest>) {
    (Self(), ScreenOutcome(effects: [.load(now: context.now, utcOffsetSeconds: offset)]))
  }

  /// The shop's offset from UTC, for "done today"; read once, as a terminal's clock would be.
  static var offset: Int { TimeZone.current.secondsFromGMT() }

  /// Each care item's state; before the first answer every item is listed, its state unknown.
  var careItems: [CareStatus] {
    overview?.care
      ?? CareItem.allCases.map {
        CareStatus(
          item: $0, lastDone: nil, now: .distantPast, calendar: Calendar(identifier: .gregorian))
      }
  }
  var openCases: [RecordedCase] { overview?.openCases ?? [] }

  func title(_ context: ScreenContext) -> String {
    "\(Self.homeEntry.number) " + RecordsScreenText.title(context.language)
  }

  func bindings(_ context: ScreenContext) -> [KeyBinding<Command>] {
    switch mode {
    case .browse:
      let onCase = selectedCase != nil
      return [
        KeyBinding(.keys([.up, .down]), "↑↓", .keyMove) { $0 == .up ? .move(.up) : .move(.down) },
        KeyBinding(
          [.enter], "Enter", onCase ? .keyOutcome : .keyTick, enabled: !list.isEmpty, .act),
        KeyBinding(
          [.character("t"), .character("T")], "T", .keyTicket, enabled: onCase, .startTicket),
        KeyBinding([.escape], "Esc", .keyBack, .back),
      ]
    case .outcome:
      return [
        KeyBinding(.digits, "1-4", .keyChoose) { key in
          key.digit.flatMap { digit in
            (1...CaseOutcome.allCases.count).contains(digit)
              ? .outcome(CaseOutcome.allCases[digit - 1]) : nil
          }
        },
        KeyBinding([.escape], "Esc", .keyBack, .cancel),
      ]
    case .ticket:
      return [
        KeyBinding([.enter], "Enter", .keySave, .act),
        KeyBinding([.backspace], "⌫", .keyClear, .erase),
        KeyBinding([.escape], "Esc", .keyBack, .cancel),
        KeyBinding(.printable, "", .keyType, inKeyLine: false) { key in
          guard case .character(let c) = key else { return nil }
          return .type(c)
        },
      ]
    }
  }

  /// The open case under the selection, when the selection is past the care items.
  var selectedCase: RecordedCase? {
    let index = list.selection - careItems.count
    return openCases.indices.contains(index) ? openCases[index] : nil
  }

  mutating func perform(_ command: Command, _ context: ScreenContext) -> ScreenOutcome<Effect> {
    switch command {
    case .move(let move):
      list.move(move)
      return .none
    case .back: return .go(.home)
    case .cancel:
      mode = .browse
      return .none
    case .startTicket:
      guard let chosen = selectedCase else { return .none }
      mode = .ticket(
        caseID: chosen.id, field: TextField(text: chosen.ticket ?? "", maxCharacters: 32))
      return .none
    case .type(let character):
      guard case .ticket(let id, var field) = mode else { return .none }
      field.type(character)
      mode = .ticket(caseID: id, field: field)
      return .none
    case .erase:
      guard case .ticket(let id, var field) = mode else { return .none }
      field.deleteLast()
      mode = .ticket(caseID: id, field: field)
      return .none
    case .outcome(let outcome):
      guard case .outcome(let id) = mode else { return .none }
      mode = .browse
      return ScreenOutcome(
        effects: [
          .close(caseID: id, outcome: outcome, at: context.now, utcOffsetSeconds: Self.offset)
        ],
        logs: ["records: case \(id) closed as \(outcome.rawValue)"])
    case .act:
      switch mode {
      case .ticket(let id, let field):
        mode = .browse
        let ticket = field.text.trimmingCharacters(in: .whitespaces)
        guard !ticket.isEmpty else { return .none }
        return ScreenOutcome(
          effects: [
            .ticket(caseID: id, ticket: ticket, at: context.now, utcOffsetSeconds: Self.offset)
          ])
      case .outcome: return .none
      case .browse:
        if let chosen = selectedCase {
          mode = .outcome(caseID: chosen.id)
          return .none
        }
        guard careItems.indices.contains(list.selection) else { return .none }
        let item = careItems[list.selection].item
        return ScreenOutcome(
          effects: [.tick(item, at: context.now, utcOffsetSeconds: Self.offset)],
          logs: ["records: care \(item.rawValue) done"])
      }
    }
  }

  mutating func receive(_ event: RecordsEvent, _ context: ScreenContext) -> ScreenOutcome<Effect> {
    switch event {
    case .loaded(let overview):
      self.overview = overview
      failure = nil
      list.resize(overview.care.count + overview.openCases.count)
    case .failed(let why):
      failure = why
    }
    return .none
  }

  func notices(_ context: ScreenContext) -> [Notice] {
    var notices: [Notice] = []
    if let failure {
      notices.append(
        Notice(text: RecordsScreenText.failed(failure)(context.language), role: .error))
    }
    switch mode {
    case .outcome:
      let choices = CaseOutcome.allCases.enumerated().map { index, outcome in
        "\(index + 1) " + RecordsScreenText.outcome(outcome)(context.language)
      }
      notices.append(Notice(text: choices.joined(separator: "  "), role: .notice))
      notices.append(Notice(text: RecordsScreenText.chooseOutcome(context.language), role: .dim))
    case .ticket(_, let field):
      notices.append(
        Notice(
          text: RecordsScreenText.ticketPrompt(context.language) + field.text + "_", role: .notice))
    case .browse:
      if let chosen = selectedCase, let readAt = overview?.readAt,
        CaseFollowUpRule.needsOutcome(chosen, now: readAt)
      {
        notices.append(Notice(text: RecordsScreenText.askOutcome(context.language), role: .warning))
      }
    }
    return notices
  }

  func draw(_ context: ScreenContext, into canvas: inout Canvas) {
    RecordsView(screen: self, context: context).draw(into: &canvas)
  }
}
