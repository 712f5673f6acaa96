/// The commands' own words in Chinese (the default).
enum CommandTextZh {
  static func text(_ key: CommandText) -> String {
    switch key {
    case .cannotOpen(let path, let error): "无法打开 \(path)：\(error)"
    case .newPINPrompt: "新的培训员 PIN："
    case .repeatPINPrompt: "再输入一次："
    case .newPINNotTwice: "没有读到两次新 PIN（标准输入需要两行）。"
    case .cannotStore(let path, let error): "无法保存到 \(path)：\(error)"
    case .pinSet: "培训员 PIN 已设置。"
    case .currentPINPrompt: "当前培训员 PIN："
    case .currentPINMissing: "没有读到当前 PIN。"
    case .wrongCurrentPIN(let left):
      "当前 PIN 错误，还可以再试 \(left) 次；忘记 PIN 请用 pos-console trainer reset-pin --confirm。"
    case .pinLocked(let minutes): "PIN 输错次数过多，已锁定，请 \(minutes) 分钟后再试。"
    case .resetNeedsConfirm:
      "reset-pin 会清除培训员 PIN（及输错次数和锁定），下次进入培训时需设置新 PIN；培训记录保留。确认请加 --confirm。"
    case .cannotChange(let path, let error): "无法修改 \(path)：\(error)"
    case .pinReset(let hadPIN, let wrongEntries, let wasLocked):
      "已清除：培训员 PIN（\(hadPIN ? "原已设置" : "原本未设置")）、输错次数 \(wrongEntries)、锁定\(wasLocked ? "" : "（无）")。下次进入培训时设置新 PIN。已记入 pos-console.log。"
    case .faultUnused(let fault): "警告：没有场景使用故障 \(fault)"
    case .unreadableCount(let count): "（其中 \(count) 个无法读取）"
    case .scenarioSummary(let scenarios, let problems, let unread):
      "\(scenarios) 个场景，\(problems) 个问题\(unread)。"
    case .cannotRead(let path, let error): "无法读取 \(path)：\(error)"
    case .noResultsForTrainee(let trainee): "学员 \(trainee) 没有记录。"
    case .profilesNotFound: "找不到 data/terminal-profiles/；请给出路径，或设置 POS_CONSOLE_HOME。"
    case .guidesNotFound: "找不到 guides/ 目录；请给出路径，或设置 POS_CONSOLE_HOME。\n"
    case .noSessionsYet(let path): "还没有任何自检记录（\(path) 不存在）。\n"
    case .cannotOpenDatabase(let path, let error): "无法打开数据库 \(path)：\(error)\n"
    case .storeLabel(let label):
      switch label {
      case .merchantNumber: "商户号"
      case .terminalNumber: "终端号"
      case .serialNumber: "机身序列号"
      case .merchantName: "商户名称"
      }
    case .importProgress(let writing, let rows, let rate, let left):
      "\(writing ? "写入" : "读取并检查") \(rows) 行 · \(rate) 行/秒" + (left.map { " · 剩余 \($0)" } ?? "")
    }
  }
}
