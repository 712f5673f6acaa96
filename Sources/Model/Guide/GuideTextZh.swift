/// The guides' code texts in Chinese (the default).
enum GuideTextZh {
  static func text(_ key: GuideText) -> String {
    switch key {
    case .topicTitle(let topic): topicTitle(topic)
    case .topicStatus(let status):
      switch status {
      case .notChecked: "未检查"
      case .checkedOK: "正常"
      case .problemFound: "发现问题"
      }
    case .inputRoute(let route): inputRoute(route)
    case .answerDone: "已完成"
    case .answerOption(let number): "选项 \(number)"
    case .answerInput(let typed, let route): "\(typed)（\(inputRoute(route))）"
    case .answerFixed(let fixed): fixed ? "解决了" : "没解决"
    case .answerHandedOver: "已转交客服"
    case .versionFormat: "请输入数字和点组成的版本号，如 2.3.1。"
    case .reportHeading: "自检报告"
    case .reportSession: "会话"
    case .reportSymptom: "症状"
    case .reportStarted: "开始"
    case .reportDuration: "用时"
    case .reportOutcome: "结果"
    case .reportWaitingAt: "停在"
    case .reportChecks: "检查与回答"
    case .reportFindings: "各项结果"
    case .reportVerdict: "结论"
    case .reportFix: "处理"
    case .noneListed: "（无）"
    case .reportState(let state):
      switch state {
      case .resolved: "已解决"
      case .notResolved: "未解决"
      case .escalated: "已转客服"
      case .abandoned: "已放弃"
      case .open: "进行中"
      }
    case .duration(let seconds):
      seconds / 60 == 0 ? "\(seconds % 60) 秒" : "\(seconds / 60) 分 \(seconds % 60) 秒"
    case .sessionsUnreadable(let error): "无法读取会话记录：\(error)"
    case .noSessionsYet: "还没有任何自检记录。"
    case .noSuchSession(let id): "找不到会话 \(id)。"
    case .sessionGuideMissing(let guide): "找不到会话使用的指南 \(guide)。"
    case .sessionNotRebuilt(let error): "无法重建会话：\(error)"
    case .coverageSteps: "步骤"
    case .coverageVerdicts: "结论"
    case .coverageStatus(let covered): covered ? "已覆盖" : "缺少"
    case .coverageTotal(let covered, let required): "\(required) 个必需主题中覆盖了 \(covered) 个。"
    case .severity(let severity):
      switch severity {
      case .error: "错误"
      case .warning: "警告"
      }
    case .validationTotal(let files, let errors, let warnings):
      "检查了 \(files) 个文件：\(errors) 个错误，\(warnings) 个警告。"
    }
  }

  private static func inputRoute(_ route: GuideInputRoute) -> String {
    switch route {
    case .atLeastMinimum: "版本够新"
    case .belowMinimum: "版本过低"
    case .supported: "支持的付款码"
    case .unsupported: "不支持的付款码"
    case .unknown: "无法识别的付款码"
    }
  }

  private static func topicTitle(_ topic: GuideTopic) -> String {
    switch topic {
    case .lighting: "光线"
    case .glare: "反光"
    case .codeCondition: "付款码状态"
    case .cleaning: "清洁"
    case .cameraHardware: "摄像头硬件"
    case .permission: "交易权限"
    case .firmware: "系统版本"
    case .settings: "扫码设置"
    case .methodSupport: "支付方式支持"
    case .operation: "操作"
    case .device: "设备"
    case .network: "网络"
    case .serverMaintenance: "服务器维护"
    case .merchantRisk: "商户风险"
    case .restart: "重启"
    case .backupBeforeReset: "恢复出厂前备份"
    case .escalation: "联系客服"
    }
  }
}
