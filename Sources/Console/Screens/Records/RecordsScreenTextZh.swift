import Model

/// The records screen's words in Chinese (the default).
enum RecordsScreenTextZh {
  static func text(_ text: RecordsScreenText) -> String {
    switch text {
    case .title: return "记录与跟进"
    case .loading: return "正在读取记录…"
    case .failed(let why): return "记录读不出来：\(why)"
    case .careHeading: return "日常维护（Enter 打勾）"
    case .careDone(let item): return "☑ " + item.zh
    case .careOverdue(let item): return "☐ " + item.zh + "  ← 该做了"
    case .casesHeading(let count): return "转 95016 的未结案件：\(count) 件（Enter 记结果，T 记工单号）"
    case .noOpenCases: return "没有未结案件"
    case .caseRow(let summary, let hours, let ticket):
      return "\(summary) · 已开 \(hours) 小时 · " + (ticket.map { "工单 \($0)" } ?? "还没有工单号")
    case .askOutcome: return "这件案件已开了一天多：结果如何？"
    case .outcome(let outcome):
      switch outcome {
      case .fixedByUs: return "我们自己修好了"
      case .sentForRepair: return "终端已寄修"
      case .replaced: return "已换新机"
      case .merchantStatusChanged: return "商户状态已改"
      }
    case .chooseOutcome: return "按 1–4 选结果，Esc 取消"
    case .ticketPrompt: return "95016 工单号："
    case .unitsHeading: return "该换机的终端"
    case .replaceUnit(let terminal, let hardware):
      return "终端 \(terminal)：30 天内 \(hardware) 次硬件故障，请申请换机"
    case .quoteNumbers(let terminal, let merchant):
      return "打 95016，报商户号 \(merchant)、终端号 \(terminal)"
    case .noUnitToReplace: return "没有（30 天内 3 次以上硬件故障才提示）"
    case .startsHeading: return "各起点的结果"
    case .startLine(let start, let resolved, let escalated, let abandoned, let total):
      return "\(start)：共 \(total) 次，解决 \(resolved)，转客服 \(escalated)，放弃 \(abandoned)"
    }
  }
}

extension CareItem {
  fileprivate var zh: String { RecordsText.careItem(self)(.zh) }
}
