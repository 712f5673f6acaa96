import Model

/// The home menu, numbered like the terminal's own: a digit opens its entry. The entries
/// are the registry's (`context.homeMenu`), each as its screen declares it.
struct HomeScreen: ScreenComponent {
  /// The highlighted entry, kept inside the list by `MenuList`.
  var list = MenuList(count: 0)
  /// A one-line message until the next key.
  var notice: UIText?

  enum Command {
    case open(HomeMenuItem)
    case move(MenuList.Move)
    case openSelected
    case quit
    case toggleLanguage
  }

  /// Home 0: the way out, last on the menu.
  static let exitEntry = HomeMenuItem(
    number: 0, label: .entryExit, info: .entryExitInfo, opens: .quit)

  func title(_ context: ScreenContext) -> String { UIText.appTitle(context.language) }

  func bindings(_ context: ScreenContext) -> [KeyBinding<Command>] {
    let menu = context.homeMenu
    let numbers = menu.map(\.number)
    return [
      KeyBinding(.digits, "\(numbers.min() ?? 0)-\(numbers.max() ?? 0)", .keyChoose) { key in
        key.digit.flatMap { digit in menu.first { $0.number == digit } }.map(Command.open)
      },
      KeyBinding(.keys([.up, .down]), "↑↓", .keyMove) { key in
        key == .up ? .move(.up) : .move(.down)
      },
      KeyBinding([.tab], "Tab", .keyMove, inKeyLine: false, .move(.down)),
      KeyBinding([.home], "Home", .keyMove, inKeyLine: false, .move(.first)),
      KeyBinding([.end], "End", .keyMove, inKeyLine: false, .move(.last)),
      KeyBinding([.enter], "Enter", .keyOpen, .openSelected),
      KeyBinding(
        [.character("l"), .character("L")], "L", .keyLanguage, enabled: !context.asciiOnly,
        .toggleLanguage),
      KeyBinding([.character("q"), .character("Q")], "q", .keyQuit, .quit),
    ]
  }

  mutating func perform(_ command: Command, _ context: ScreenContext) -> ScreenOutcome<Never> {
    // The notice stays through a language switch (it is redrawn in the other language).
    if case .toggleLanguage = command { return ScreenOutcome(changes: [.toggleLanguage]) }
    notice = nil
    let menu = context.homeMenu
    list.resize(menu.count)
    switch command {
    case .open(let entry):
      list.select(menu.firstIndex(of: entry) ?? 0)
      return open(entry, context)
    case .move(let move):
      list.move(move)
      return .none
    case .openSelected:
      guard menu.indices.contains(list.selection) else { return .none }
      return open(menu[list.selection], context)
    case .quit:
      return open(Self.exitEntry, context)
    case .toggleLanguage: return .none
    }
  }

  /// Quitting during training needs the trainer's PIN: it goes to the PIN page.
  private func open(_ entry: HomeMenuItem, _ context: ScreenContext) -> ScreenOutcome<Never> {
    if entry.opens == .quit, context.training != nil { return .go(.leaveTrainingToQuit) }
    return .go(entry.opens)
  }

  /// A data dir that cannot keep records is said before any sale, above any other notice.
  func notices(_ context: ScreenContext) -> [Notice] {
    var notices: [Notice] = []
    if let problem = context.resources.storeProblem {
      let lines = TextLayout.wrap(problem.message(context.language), width: context.size.width - 2)
      notices += lines.prefix(3).map { Notice(text: $0, role: .error) }
    }
    if let notice { notices.append(Notice(text: notice(context.language), role: .warning)) }
    if let records = context.resources.records {
      let language = context.language
      if !records.askOutcome.isEmpty {
        notices.append(
          Notice(
            text: RecordsText.homeAskOutcome(count: records.askOutcome.count)(language),
            role: .warning))
      } else if records.openCases > 0 {
        notices.append(
          Notice(
            text: RecordsText.homeOpenCases(
              count: records.openCases, oldestHours: (records.oldestOpenSeconds ?? 0) / 3_600)(
                language),
            role: .notice))
      }
      let due = records.overdueCare.filter { $0.cadence == .daily }
      if !due.isEmpty {
        let names = due.map { RecordsText.careName($0)(language) }
        notices.append(
          Notice(
            text: RecordsText.homeCareDue(
              names.joined(separator: RecordsText.listSeparator(language)))(
                language), role: .notice))
      }
    }
    return notices
  }

  func draw(_ context: ScreenContext, into canvas: inout Canvas) {
    let language = context.language
    canvas.putFitted(
      UIText.appSubtitle(language), row: 1, col: 2, width: canvas.width - 4, role: .dim)
    let entries = context.homeMenu
    let boxWidth = min(canvas.width - 4, 72)
    let boxCol = (canvas.width - boxWidth) / 2
    let boxRow = 3
    canvas.box(
      row: boxRow, col: boxCol, width: boxWidth, height: entries.count + 2, role: .frame)
    var shown = list
    shown.resize(entries.count)
    ListView(labelWidth: 18).render(
      entries.map {
        ListView.Item(key: String($0.number), $0.label(language), info: $0.info(language))
      },
      in: Rect(row: boxRow + 1, col: boxCol + 2, width: boxWidth - 4, height: entries.count),
      state: &shown, into: &canvas)
    let hint: UIText = context.resources.unfinishedGuide == nil ? .homeHint : .homeResumeHint
    canvas.putFitted(
      hint(language), row: boxRow + entries.count + 3, col: boxCol + 2,
      width: boxWidth - 2, role: .notice)
  }
}
