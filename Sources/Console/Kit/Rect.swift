/// A rectangle of the screen in cells, as ratatui's `Rect`: a component draws only
/// into the one it is given.
struct Rect: Equatable, Sendable {
  var row: Int
  var col: Int
  var width: Int
  var height: Int

  static let zero = Rect(row: 0, col: 0, width: 0, height: 0)

  /// The rows `count` rows high at the top, and what is left below them.
  func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
    let taken = min(max(0, count), height)
    return (
      Rect(row: row, col: col, width: width, height: taken),
      Rect(row: row + taken, col: col, width: width, height: height - taken)
    )
  }

  /// The rows `count` rows high at the bottom, and what is left above them.
  func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
    let taken = min(max(0, count), height)
    return (
      Rect(row: row, col: col, width: width, height: height - taken),
      Rect(row: row + height - taken, col: col, width: width, height: taken)
    )
  }
}
