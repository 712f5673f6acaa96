/// The validator's messages in every language, kept in one table.
extension GuideIssueKind {
  /// What is wrong and what to do about it.
  public func message(_ language: Language) -> String {
    let text: LocalizedText
    switch self {
    case .unreadable(let reason):
      text = LocalizedText(
        zh: "无法读取文件（\(reason)）。检查路径和权限。",
        en: "cannot read the file (\(reason)); check the path and permissions")
    case .unusableFile(let problem):
      text = LocalizedText(zh: problem.text(.zh), en: problem.text(.en))
    case .syntax(let message):
      text = LocalizedText(
        zh: "TOML 语法错误：\(message)。修正该行后再试。",
        en: "TOML syntax error: \(message); fix that line and try again")
    case .missingField(let field):
      text = LocalizedText(
        zh: "缺少字段 `\(field)`。请补上。", en: "missing field `\(field)`; add it")
    case .wrongType(let field, let expected):
      text = LocalizedText(
        zh: "字段 `\(field)` 应为\(expected)。", en: "field `\(field)` must be \(expected)")
    case .invalidValue(let field, let value):
      text = LocalizedText(
        zh: "字段 `\(field)` 的值 \"\(value)\" 无效。",
        en: "field `\(field)` has invalid value \"\(value)\"")
    case .unknownKind(let kind):
      text = LocalizedText(
        zh: "未知的步骤类型 \"\(kind)\"；可用：instruction、question、terminal-check、input、verdict、escalate。",
        en:
          "unknown step kind \"\(kind)\"; use instruction, question, terminal-check, input, verdict or escalate"
      )
    case .unknownField(let field):
      text = LocalizedText(
        zh: "未知字段 `\(field)`，会被忽略；检查拼写。",
        en: "unknown field `\(field)` is ignored; check the spelling")
    case .unknownTopic(let topic):
      let known = GuideTopic.allCases.map(\.rawValue).joined(separator: ", ")
      text = LocalizedText(
        zh: "未知主题 \"\(topic)\"；可用：\(known)。",
        en: "unknown topic \"\(topic)\"; known topics: \(known)")
    case .noTopics:
      text = LocalizedText(
        zh: "步骤没有主题；至少写一个 topics。", en: "the step has no topics; give it at least one")
    case .missingTranslation(let field, let language):
      text = LocalizedText(
        zh: "`\(field)` 缺少 \(language.rawValue) 文本。请补上翻译。",
        en: "`\(field)` has no \(language.rawValue) text; add the translation")
    case .missingStep(let field, let target):
      text = LocalizedText(
        zh: "`\(field)` 指向不存在的步骤 \"\(target)\"。",
        en: "`\(field)` points to missing step \"\(target)\"")
    case .duplicateStepID(let firstLine):
      text = LocalizedText(
        zh: "步骤 ID 重复（第一次出现在第 \(firstLine) 行）。改成唯一的 ID。",
        en: "duplicate step ID (first used on line \(firstLine)); make it unique")
    case .duplicateSymptom(let firstLine):
      text = LocalizedText(
        zh: "症状重复（第一次出现在第 \(firstLine) 行）。",
        en: "duplicate symptom (first used on line \(firstLine))")
    case .noStarts:
      text = LocalizedText(
        zh: "没有任何 [[start]]；至少需要一个症状入口。", en: "no [[start]] entries; add at least one symptom")
    case .unreachable:
      text = LocalizedText(
        zh: "任何症状入口都到不了这一步。连上它或删掉它。",
        en: "no start leads to this step; link it or remove it")
    case .noWayOut:
      text = LocalizedText(
        zh: "从这一步无法到达结论或转客服（死路或闭环）。加一条出路。",
        en:
          "no path from this step reaches a verdict or an escalation (dead end or closed loop); add a way out"
      )
    case .unknownObservation(let id):
      let known = ShopObservation.allCases.map(\.rawValue).joined(separator: ", ")
      text = LocalizedText(
        zh: "未知的观察 \"\(id)\"；可用：\(known)。", en: "unknown observation \"\(id)\"; known: \(known)")
    case .unknownAction(let id):
      let known = ShopAction.allCases.map(\.rawValue).joined(separator: ", ")
      text = LocalizedText(
        zh: "未知的操作 \"\(id)\"；可用：\(known)。", en: "unknown action \"\(id)\"; known: \(known)")
    case .unknownNode(let id, let profile):
      text = LocalizedText(
        zh: "终端配置 \(profile) 里没有菜单节点 \"\(id)\"（或没有菜单通向它）。",
        en: "terminal profile \(profile) has no menu node \"\(id)\" (or no menu leads to it)")
    case .tooManyOptions(let count):
      text = LocalizedText(
        zh: "有 \(count) 个选项，但只能用数字键 1–9 选：最多 9 个。",
        en: "\(count) options, but they are picked with the digit keys 1–9: at most 9")
    case .handWrittenMenuPath(let written):
      text = LocalizedText(
        zh: "菜单路径要写成 {menu:节点}，取终端配置里的名称：“\(written)”",
        en:
          "write menu paths as {menu:NODE} so the names come from the terminal profile: \"\(written)\""
      )
    case .optionWithoutValue(let option):
      text = LocalizedText(
        zh: "第 \(option) 个选项没有 value：写明它对应观察到的哪个值。",
        en: "option \(option) has no value; say which observed value it stands for")
    case .impossibleValue(let value, let observation):
      let known = ShopObservation(rawValue: observation)?.values.joined(separator: ", ") ?? ""
      text = LocalizedText(
        zh: "\(observation) 不会给出 \"\(value)\"；它的值有：\(known)。",
        en: "\(observation) never gives \"\(value)\"; its values: \(known)")
    }
    return text(language)
  }
}
