/// A code the cashier can "hold up to the camera" in the simulator.
public struct SampleCode: Equatable, Sendable {
  /// Stable id, e.g. `wechat`.
  public var id: String
  /// What the picker shows.
  public var label: LocalizedText
  /// The code's content, exactly as the camera would decode it.
  public var content: String
}
