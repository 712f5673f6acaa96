/// The guide validator's messages in Chinese (the default).
enum GuideIssueTextZh {
  static func text(_ kind: GuideIssueKind) -> String {
    switch kind {
    case .unreadable(let reason):
      return "无法读取文件（\(reason)）。检查路径和权限。"
    case .unusableFile(let problem):
      return problem.text(.zh)
    case .syntax(let message):
      return "TOML 语法错误：\(message)。修正该行后再试。"
    case .missingField(let field):
      return "缺少字段 `\(field)`。请补上。"
    case .wrongType(let field, let expected):
      return "字段 `\(field)` 应为\(expected)。"
    case .invalidValue(let field, let value):
      return "字段 `\(field)` 的值 \"\(value)\" 无效。"
    case .unknownKind(let kind):
      return "未知的步骤类型 \"\(kind)\"；可用：instruction、question、terminal-check、input、verdict、escalate。"
    case .unknownField(let field):
      return "未知字段 `\(field)`，会被忽略；检查拼写。"
    case .unknownTopic(let topic):
      let known = GuideTopic.allCases.map(\.rawValue).joined(separator: ", ")
      return "未知主题 \"\(topic)\"；可用：\(known)。"
    case .noTopics:
      return "步骤没有主题；至少写一个 topics。"
    case .missingTranslation(let field, let language):
      return "`\(field)` 缺少 \(language.rawValue) 文本。请补上翻译。"
    case .missingStep(let field, let target):
      return "`\(field)` 指向不存在的步骤 \"\(target)\"。"
    case .duplicateStepID(let firstLine):
      return "步骤 ID 重复（第一次出现在第 \(firstLine) 行）。改成唯一的 ID。"
    case .duplicateSymptom(let firstLine):
      return "症状重复（第一次出现在第 \(firstLine) 行）。"
    case .noStarts:
      return "没有任何 [[start]]；至少需要一个症状入口。"
    case .unreachable:
      return "任何症状入口都到不了这一步。连上它或删掉它。"
    case .noWayOut:
      return "从这一步无法到达结论或转客服（死路或闭环）。加一条出路。"
    case .unknownObservation(let id):
      let known = ShopObservation.allCases.map(\.rawValue).joined(separator: ", ")
      return "未知的观察 \"\(id)\"；可用：\(known)。"
    case .unknownAction(let id):
      let known = ShopAction.allCases.map(\.rawValue).joined(separator: ", ")
      return "未知的操作 \"\(id)\"；可用：\(known)。"
    case .unknownNode(let id, let profile):
      return "终端配置 \(profile) 里没有菜单节点 \"\(id)\"（或没有菜单通向它）。"
    case .tooManyOptions(let count):
      return "有 \(count) 个选项，但只能用数字键 1–9 选：最多 9 个。"
    case .handWrittenMenuPath(let written):
      return "菜单路径要写成 {menu:节点}，取终端配置里的名称：“\(written)”"
    case .optionWithoutValue(let option):
      return "第 \(option) 个选项没有 value：写明它对应观察到的哪个值。"
    case .impossibleValue(let value, let observation):
      let known = ShopObservation(rawValue: observation)?.values.joined(separator: ", ") ?? ""
      return "\(observation) 不会给出 \"\(value)\"；它的值有：\(known)。"
    }
  }
}
