/// Quantiles by the nearest-rank method: the smallest value with at least `p` of the values at
/// or below it, so every reported figure is one a session really took.
public enum Quantile {
  public static func nearestRank(_ p: Double, ofSorted values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let rank = Int((p * Double(values.count)).rounded(.up))
    return values[min(max(rank, 1), values.count) - 1]
  }
}
