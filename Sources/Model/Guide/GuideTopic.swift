/// A subject a guide step examines; every required topic must be covered by the shipped guides.
public enum GuideTopic: String, CaseIterable, Sendable, Codable {
  case lighting
  case glare
  case codeCondition = "code-condition"
  case cleaning
  case cameraHardware = "camera-hardware"
  case permission
  case firmware
  case settings
  case methodSupport = "method-support"
  case operation
  case device
  case network
  case serverMaintenance = "server-maintenance"
  case merchantRisk = "merchant-risk"
  case restart
  case backupBeforeReset = "backup-before-reset"
  case escalation

  /// The topic's name as the cashier reads it in summaries and reports.
  public var title: GuideText { .topicTitle(self) }
}
