/// One screen cell as drawing and tests see it: a grapheme that starts here, or the
/// hidden right half of a wide one.
struct Cell: Equatable, Sendable {
  /// The glyph drawn from this cell; empty for the second cell of a wide glyph.
  var glyph: String
  var role: StyleRole
  /// True for the hidden second column of a two-column glyph.
  var isContinuation: Bool
}

/// How a cell is stored: eight plain bytes, so a frame is built, copied and compared
/// without touching a reference count (a `String` and a `StyleRole` per cell made
/// every key cost a fresh 1,920-string grid and a string comparison per cell).
struct PackedCell: Equatable, Sendable {
  /// The glyph's one scalar; or `clusterFlag | index` into the canvas's clusters for
  /// a glyph of several scalars; or `continuation`.
  var code: UInt32
  /// Index into the canvas's role table.
  var role: UInt16

  static let clusterFlag: UInt32 = 0x8000_0000
  static let continuation: UInt32 = 0xFFFF_FFFF
  static let space: UInt32 = 0x20

  var isContinuation: Bool { code == Self.continuation }
  var isCluster: Bool { code & Self.clusterFlag != 0 && code != Self.continuation }
}
