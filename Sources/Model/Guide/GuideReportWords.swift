/// The report's fixed words in one language.
struct GuideReportWords {
  let language: Language

  init(_ language: Language) { self.language = language }

  private func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

  var heading: String { pick("自检报告", "Self-check report") }
  var session: String { pick("会话", "Session") }
  var symptom: String { pick("症状", "Symptom") }
  var started: String { pick("开始", "Started") }
  var duration: String { pick("用时", "Duration") }
  var outcome: String { pick("结果", "Outcome") }
  var waitingAt: String { pick("停在", "Waiting at") }
  var checks: String { pick("检查与回答", "Checks and answers") }
  var findings: String { pick("各项结果", "Findings by topic") }
  var verdict: String { pick("结论", "Verdict") }
  var fix: String { pick("处理", "Fix") }
  var none: String { pick("（无）", "(none)") }

  func state(_ state: GuideReportState) -> String {
    switch state {
    case .resolved: pick("已解决", "resolved")
    case .notResolved: pick("未解决", "not resolved")
    case .escalated: pick("已转客服", "escalated")
    case .abandoned: pick("已放弃", "abandoned")
    case .open: pick("进行中", "in progress")
    }
  }

  func duration(seconds: Int) -> String {
    let minutes = seconds / 60
    let rest = seconds % 60
    if minutes == 0 { return pick("\(rest) 秒", "\(rest) s") }
    return pick("\(minutes) 分 \(rest) 秒", "\(minutes) min \(rest) s")
  }
}
