/// Which of a guide's verdicts mean the unit itself is faulty: those whose cause (their first
/// topic) is the camera hardware or the device.
public enum RecordsHardware {
  public static let causeTopics: Set<String> = ["camera-hardware", "device"]

  public static func verdicts(in guide: Guide) -> Set<String> {
    Set(
      guide.steps.compactMap { step in
        guard case .verdict = step.kind, let cause = step.topics.first,
          causeTopics.contains(cause.rawValue)
        else { return nil }
        return step.id
      })
  }
}
