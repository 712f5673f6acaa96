/// Text charts for scores 0…100: sparklines and bars, one column per glyph.
public enum TrainingChart {
  static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// One glyph per score, oldest first; only the last `width` scores fit.
  public static func sparkline(_ scores: [Int], width: Int) -> String {
    guard width > 0 else { return "" }
    return String(
      scores.suffix(width).map { score in
        let clamped = min(100, max(0, score))
        return levels[min(levels.count - 1, clamped * levels.count / 101)]
      })
  }

  /// A bar `width` columns long at 100 points, in whole cells.
  public static func bar(_ score: Int, width: Int) -> String {
    guard width > 0 else { return "" }
    let filled = (min(100, max(0, score)) * width + 50) / 100
    return String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
  }
}
