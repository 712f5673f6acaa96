/// Bars and sparklines drawn with block characters, one column each, so they line up in any
/// terminal that shows the report.
public enum Bars {
  static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// One bar `value/most` of `width` columns long, the rest shaded lightly.
  public static func single(_ value: Int, of most: Int, width: Int) -> String {
    let filled =
      most <= 0 ? 0 : min(width, Int((Double(value) / Double(most) * Double(width)).rounded()))
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
  }

  /// Parts of `total` side by side in `width` columns: the first solid, the second shaded, the
  /// rest light.
  public static func stacked(_ parts: [Int], total: Int, width: Int) -> String {
    let marks: [Character] = ["█", "▒", "░"]
    guard total > 0 else { return String(repeating: " ", count: width) }
    var out = ""
    var used = 0
    for (index, part) in parts.enumerated() {
      let columns =
        index == parts.count - 1
        ? width - used
        : min(width - used, Int((Double(part) / Double(total) * Double(width)).rounded()))
      out += String(repeating: marks[min(index, marks.count - 1)], count: max(0, columns))
      used += max(0, columns)
    }
    return out
  }

  /// One column per value, scaled between the smallest and largest; a gap for a missing one.
  public static func sparkline(_ values: [Double?]) -> String {
    let known = values.compactMap { $0 }
    guard let low = known.min(), let high = known.max() else { return "" }
    return String(
      values.map { value in
        guard let value else { return " " }
        guard high > low else { return levels[3] }
        let level = Int(((value - low) / (high - low) * Double(levels.count - 1)).rounded())
        return levels[min(max(level, 0), levels.count - 1)]
      })
  }
}
