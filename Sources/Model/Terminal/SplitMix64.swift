/// A small seeded random generator (SplitMix64), so a simulated run replays exactly.
///
/// The helpers below avoid the standard library's `random(in:using:)`, whose
/// algorithm may change between Swift releases and would break replays.
public struct SplitMix64: RandomNumberGenerator, Equatable, Sendable {
  private var state: UInt64

  /// A generator that always yields the same sequence for the same seed.
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// True with `percent` in 100 odds.
  public mutating func chance(_ percent: Int) -> Bool {
    Int(next() % 100) < percent
  }

  /// A whole number in `range`.
  public mutating func value(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next() % span)
  }
}
