/// The records' words in Chinese (the default).
enum RecordsTextZh {
  static func text(_ text: RecordsText) -> String {
    switch text {
    case .heading(let sessions, let period): return "自检记录 · \(period) · 共 \(sessions) 次"
    case .allTime: return "全部时间"
    case .period(let from, let to): return "\(from) 至 \(to)"
    case .resultsPerStart: return "各起点的结果"
    case .resolved: return "解决"
    case .escalated: return "转客服"
    case .abandoned: return "中途放弃"
    case .notResolved: return "未解决"
    case .open: return "进行中"
    case .timeToFix(let median, let p90): return "修好用时：中位 \(median)，90% 在 \(p90) 内"
    case .noTimeToFix: return "修好用时：还没有解决的记录"
    case .weekly: return "每周中位"
    case .whereSessionsEnd: return "放弃时停在哪一步"
    case .commonVerdicts: return "最常见的原因"
    case .perGuideVersion: return "各版本指引的解决率"
    case .unversioned: return "（未记版本）"
    case .versionLine(let sessions, let percent): return "\(sessions) 次，解决 \(percent)%"
    case .perTerminal: return "各终端查到的原因"
    case .askForReplacement(let hardware, let terminal, let merchant):
      return "⚠ 30 天内 \(hardware) 次硬件故障：请向 95016 申请换机（终端号 \(terminal)，商户号 \(merchant)）"
    case .perOperator: return "各操作员"
    case .operatorLine(let abandoned, let wrong): return "放弃 \(abandoned) 次，起点选错 \(wrong) 次"
    case .practise(let scenarios): return "建议练习：\(scenarios)"
    case .openCases(let total, let day, let week, let older):
      return "未结案件 \(total) 件：不到 1 天 \(day)，1–7 天 \(week)，超过 7 天 \(older)"
    case .oldestOpen(let age): return "最久的已开 \(age)"
    case .care: return "日常维护"
    case .careLine(let done, let missed): return "做了 \(done) 次，漏了 \(missed) 次"
    case .careItem(let item): return careItem(item)
    case .careName(let item): return careName(item)
    case .homeOpenCases(let count, let hours):
      return "转 95016 的案件还有 \(count) 件未结，最久的已 \(hours) 小时：按 8 跟进。"
    case .homeAskOutcome(let count): return "有 \(count) 件案件已开了一天多：按 8 记下结果。"
    case .homeCareDue(let names): return "今天的维护还没做：\(names)。做完按 8 打勾。"
    case .none: return "（无）"
    case .listSeparator: return "，"
    case .minutesSeconds(let minutes, let seconds): return "\(minutes) 分 \(seconds) 秒"
    case .daysHours(let days, let hours): return "\(days) 天 \(hours) 小时"
    case .noDatabase(let path): return "还没有任何记录（\(path) 不存在）。"
    case .cannotOpen(let path, let reason): return "无法打开数据库 \(path)：\(reason)"
    case .badDate(let option, let value): return "\(option) 的日期 \(value) 不对：请写成 YYYY-MM-DD。"
    case .exported(let rows, let path): return "已导出 \(rows) 行到 \(path)"
    case .exportProgress(let table, let done, let total): return "导出 \(table)：\(done)/\(total)"
    case .imported(let rows): return "已恢复 \(rows) 行记录。"
    case .importNotEmpty(let table, let rows):
      return "数据目录里已有记录（\(table) \(rows) 行）：恢复只能导入到空的数据目录，什么都没有导入。"
    case .importBadLine(let path, let line, let reason):
      return "\(path):\(line)：\(reason)。什么都没有导入。"
    case .importDatabase(let path, let line, let message):
      return "\(path):\(line)：数据库拒绝了这一行（\(message)）。什么都没有导入。"
    case .csvNeedsOutput: return "--format csv 要用 --output 指定一个文件夹（每张表一个 CSV 文件）。"
    case .cannotWrite(let path, let reason): return "无法写入 \(path)：\(reason)"
    case .notAFile(let path): return "\(path) 不是普通文件（管道或设备会一直等下去），什么都没有导入。"
    case .cannotRead(let path, let reason): return "无法读取 \(path)：\(reason)"
    }
  }

  static func careName(_ item: CareItem) -> String {
    switch item {
    case .wipeWindow: "擦扫码窗"
    case .settle: "结算"
    case .exportRecords: "导出记录"
    case .cableAndCharger: "检查线缆和充电器"
    case .firmwareVersion: "查看系统版本"
    }
  }

  static func careItem(_ item: CareItem) -> String {
    switch item {
    case .wipeWindow: "擦扫码窗（每天）"
    case .settle: "结算（每天）"
    case .exportRecords: "导出当天记录（每天）"
    case .cableAndCharger: "检查线缆和充电器（每周）"
    case .firmwareVersion: "查看系统版本（每周）"
    }
  }
}
