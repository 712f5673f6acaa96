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
  public var title: LocalizedText {
    switch self {
    case .lighting: LocalizedText(zh: "光线", en: "Lighting")
    case .glare: LocalizedText(zh: "反光", en: "Glare")
    case .codeCondition: LocalizedText(zh: "付款码状态", en: "Code condition")
    case .cleaning: LocalizedText(zh: "清洁", en: "Cleaning")
    case .cameraHardware: LocalizedText(zh: "摄像头硬件", en: "Camera hardware")
    case .permission: LocalizedText(zh: "交易权限", en: "Transaction permission")
    case .firmware: LocalizedText(zh: "系统版本", en: "Firmware")
    case .settings: LocalizedText(zh: "扫码设置", en: "Scan settings")
    case .methodSupport: LocalizedText(zh: "支付方式支持", en: "Payment method support")
    case .operation: LocalizedText(zh: "操作", en: "Operation")
    case .device: LocalizedText(zh: "设备", en: "Device")
    case .network: LocalizedText(zh: "网络", en: "Network")
    case .serverMaintenance: LocalizedText(zh: "服务器维护", en: "Server maintenance")
    case .merchantRisk: LocalizedText(zh: "商户风险", en: "Merchant risk")
    case .restart: LocalizedText(zh: "重启", en: "Restart")
    case .backupBeforeReset: LocalizedText(zh: "恢复出厂前备份", en: "Backup before reset")
    case .escalation: LocalizedText(zh: "联系客服", en: "Escalation")
    }
  }
}
