/// The on-screen box the cardholder signs in, drawn with the arrow keys.
///
/// While the pen is down every move inks the cell it leaves and the cell it reaches,
/// like a finger dragged across the real screen; lifting it (`togglePen`) moves
/// without ink, as a finger lifted between strokes.
public struct SignaturePad: Equatable, Sendable {
  /// Columns of the box.
  public let width: Int
  /// Rows of the box.
  public let height: Int
  /// The pen's column.
  public private(set) var cursorX: Int
  /// The pen's row.
  public private(set) var cursorY: Int
  /// Whether moves leave ink; a new pad starts with the pen down.
  public private(set) var penDown = true
  private var ink: [Bool]

  /// An empty pad with the pen at the left of the middle row.
  public init(width: Int = 24, height: Int = 6) {
    self.width = max(1, width)
    self.height = max(1, height)
    cursorX = 0
    cursorY = self.height / 2
    ink = Array(repeating: false, count: self.width * self.height)
  }

  /// Whether nothing has been drawn.
  public var isEmpty: Bool { !ink.contains(true) }

  /// Whether the cell at column `x`, row `y` is inked; outside the box is never inked.
  public func isInked(x: Int, y: Int) -> Bool {
    guard (0..<width).contains(x), (0..<height).contains(y) else { return false }
    return ink[y * width + x]
  }

  /// Lifts the pen, or puts it back down.
  public mutating func togglePen() {
    penDown.toggle()
  }

  /// Moves the pen one cell, inking while it is down; at the edge the pen stays put.
  public mutating func move(_ direction: ArrowDirection) {
    guard penDown else {
      step(direction)
      return
    }
    mark(cursorX, cursorY)
    step(direction)
    mark(cursorX, cursorY)
  }

  private mutating func step(_ direction: ArrowDirection) {
    switch direction {
    case .up: cursorY = max(0, cursorY - 1)
    case .down: cursorY = min(height - 1, cursorY + 1)
    case .left: cursorX = max(0, cursorX - 1)
    case .right: cursorX = min(width - 1, cursorX + 1)
    }
  }

  /// Erases everything and puts the pen back.
  public mutating func clear() {
    self = SignaturePad(width: width, height: height)
  }

  /// The box as text rows: `#` for ink, `.` for blank paper.
  public var rows: [String] {
    (0..<height).map { y in String((0..<width).map { isInked(x: $0, y: y) ? "#" : "." }) }
  }

  private mutating func mark(_ x: Int, _ y: Int) {
    ink[y * width + x] = true
  }
}
