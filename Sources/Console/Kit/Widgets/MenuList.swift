/// The one list: a selection and a scroll offset kept inside the list in update
/// (as ratatui's `ListState`), so drawing never has to correct them.
struct MenuList: Equatable, Sendable {
  private(set) var count: Int
  private(set) var selection = 0
  /// The first row shown when the list is taller than its window.
  private(set) var offset = 0
  /// Whether moving past an end comes round to the other.
  var wraps = true

  enum Move: Sendable {
    case up
    case down
    case pageUp
    case pageDown
    case first
    case last
  }

  init(count: Int, wraps: Bool = true) {
    self.count = max(0, count)
    self.wraps = wraps
  }

  var isEmpty: Bool { count == 0 }

  mutating func move(_ move: Move, page: Int = 10) {
    guard count > 0 else { return }
    switch move {
    case .up: selection = wraps ? (selection + count - 1) % count : max(0, selection - 1)
    case .down: selection = wraps ? (selection + 1) % count : min(count - 1, selection + 1)
    case .pageUp: selection = max(0, selection - page)
    case .pageDown: selection = min(count - 1, selection + page)
    case .first: selection = 0
    case .last: selection = count - 1
    }
  }

  mutating func select(_ index: Int) {
    selection = count == 0 ? 0 : min(max(0, index), count - 1)
  }

  mutating func resize(_ newCount: Int) {
    count = max(0, newCount)
    select(selection)
  }

  /// The window of `rows` rows that shows the selection, moving as little as it can.
  mutating func scrollToSelection(rows: Int) {
    guard rows > 0 else { return }
    if selection < offset { offset = selection }
    if selection >= offset + rows { offset = selection - rows + 1 }
    offset = min(offset, max(0, count - rows))
  }

  /// Where `move` takes `selection` in a list of `count`: for screens that keep only
  /// the selected index in their page value.
  static func moving(
    _ selection: Int, count: Int, _ move: Move, wraps: Bool, page: Int = 10
  ) -> Int {
    var list = MenuList(count: count, wraps: wraps)
    list.select(selection)
    list.move(move, page: page)
    return list.selection
  }

  /// The first row to draw in a window of `rows` rows (for lists drawn without state).
  func visibleStart(rows: Int) -> Int {
    guard rows > 0, count > rows else { return 0 }
    return min(max(0, selection - rows + 1), count - rows)
  }
}
