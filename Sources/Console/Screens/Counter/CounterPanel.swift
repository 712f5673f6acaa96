import Model

/// The cashier's eyes and hands at the counter, beside the unit and in training: F3 lists
/// what one can look at, F4 what one can do. Looking tells what one sees in the shop's
/// state; doing changes it. Both are the Model's (`ShopObservation`, `ShopAction`).
struct CounterPanel: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    case look
    case act
  }

  enum Command: Sendable {
    case move(MenuList.Move)
    /// A numbered entry, 1-based as drawn.
    case choose(Int)
    case chooseSelected
    case close
  }

  /// What a chosen entry asks of the screen holding the panel.
  enum Choice: Equatable, Sendable {
    case look(ShopObservation)
    case act(ShopAction)
  }

  /// F3 and F4: the same keys on the unit's screen and in training.
  static let lookKey = 3
  static let actKey = 4

  /// What a person at the counter can look at without the unit's menus (those are read on
  /// the unit itself), most telling first.
  static let looks: [ShopObservation] = [
    .window, .light, .phone, .battery, .screen, .placement, .notice,
  ]
  static let actions: [ShopAction] = ShopAction.counter

  var kind: Kind
  var list: MenuList

  init(_ kind: Kind) {
    self.kind = kind
    list = MenuList(count: kind == .look ? Self.looks.count : Self.actions.count, wraps: true)
  }

  /// The F3 and F4 bindings that open the panel, for a screen's own command type.
  static func openers<C>(_ open: @escaping (Kind) -> C) -> [KeyBinding<C>] {
    [
      KeyBinding([.function(lookKey)], "F\(lookKey)", .keyLook, open(.look)),
      KeyBinding([.function(actKey)], "F\(actKey)", .keyAct, open(.act)),
    ]
  }

  /// The keys while the panel is open: digits choose, arrows and Enter too, Esc closes.
  static func bindings<C>(_ wrap: @escaping (Command) -> C) -> [KeyBinding<C>] {
    [
      KeyBinding(.digits, "1-9", .keyChoose) { key in key.digit.map { wrap(.choose($0)) } },
      KeyBinding(.keys([.up, .down]), "↑↓", .keyMove) { wrap(.move($0 == .up ? .up : .down)) },
      KeyBinding([.enter], "Enter", .keyConfirm, wrap(.chooseSelected)),
      KeyBinding(.keys([.escape, .function(lookKey), .function(actKey)]), "Esc", .keyBack) { _ in
        wrap(.close)
      },
    ]
  }

  /// Applies `command`: nil while the panel stays open, else what was chosen (or nothing,
  /// when it was closed).
  mutating func perform(_ command: Command) -> Choice?? {
    switch command {
    case .move(let move):
      list.move(move)
      return nil
    case .choose(let number):
      guard number >= 1, number <= list.count else { return nil }
      return .some(choice(at: number - 1))
    case .chooseSelected: return .some(choice(at: list.selection))
    case .close: return .some(nil)
    }
  }

  /// Applies `command` to the panel open in `panel` (nil: none is), closing it once an entry
  /// is chosen or it is closed: what was chosen, else nil.
  static func answer(_ command: Command, in panel: inout CounterPanel?) -> Choice? {
    guard var open = panel else { return nil }
    let answer = open.perform(command)
    panel = answer == nil ? open : nil
    return answer ?? nil
  }

  private func choice(at index: Int) -> Choice {
    switch kind {
    case .look: .look(Self.looks[index])
    case .act: .act(Self.actions[index])
    }
  }

  /// The entries as drawn, numbered.
  func labels(_ language: Language) -> [String] {
    let names: [String] =
      switch kind {
      case .look: Self.looks.map { UIMessage.counterLookName($0)(language) }
      case .act: Self.actions.map { $0.title(language) }
      }
    return names.enumerated().map { index, name in
      (index < 9 ? "\(index + 1) " : "  ") + name
    }
  }
}
