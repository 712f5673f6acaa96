/// Profile findings in Chinese (the default).
enum ProfileFindingTextZh {
  static func text(_ key: ProfileFindingText) -> String {
    switch key {
    case .noResponse(let code):
      "缺少响应码 \(code) 的 [[response]]；模拟器会显示它"
    case .noNode(let action):
      "没有 [[node]] 执行 \(action)；控制台会打开它"
    case .unknownMenuName(let key, let value):
      "\(key) 指向菜单 \"\(value)\"，但没有这个 [[menu]]"
    case .nodeInUnknownMenu(let node, let menu):
      "节点 \(node) 所在的菜单 \"\(menu)\" 不存在"
    case .opensMissing(let node):
      "节点 \(node) 打开菜单，但没有 opens = \"…\""
    case .opensUnknownMenu(let node, let menu):
      "节点 \(node) 打开的菜单 \"\(menu)\" 不存在"
    case .opensWithoutOpenMenu(let node):
      "节点 \(node) 写了 opens，但它的 action 不是 open-menu"
    case .keyNotDigit(let node, let key):
      "节点 \(node) 的按键 \(key) 不是数字键 0–9"
    case .menuNeverOpened(let menu):
      "菜单 \(menu) 从未被打开：没有节点打开它"
    case .duplicateID(let kind, let field, let id):
      "\(kind) 的 \(field) \"\(id)\" 用了两次；每个都要唯一"
    case .duplicateKey(let other, let node, let key, let menu):
      "菜单 \(menu) 中节点 \(other) 和 \(node) 都用了按键 \(key)"
    case .duplicateOperator(let id):
      "操作员 \(id) 列了两次"
    case .maxAmountOutOfRange(let value):
      "max_amount_fen \(value) 应为 1 到 \(Amount.maximumFen) 分"
    case .contactlessLimitOutOfRange(let value):
      "contactless_no_pin_fen \(value) 应为 0 到 max_amount_fen"
    case .passwordAboveOutOfRange: "password_above_fen 应为 0 到 max_amount_fen"
    case .pollTooShort: "poll_seconds 至少为 1"
    case .cancelNotAfterPoll(let value):
      "cancel_after_seconds \(value) 应大于 poll_seconds"
    case .badBIN: "bin 应为卡号的前 6 位数字"
    case .badCardLength(let value):
      "length \(value) 应为 13 到 19 位"
    case .badExpiry: "expiry 应为 YYMM，如 2912"
    case .operatorNotTwoDigits(let id):
      "操作员号 \"\(id)\" 应为两位数字"
    case .badPasswordLength(let value):
      "password_length \(value) 应为 4 到 12 位"
    case .badDefaultPassword(let length):
      "default_password 应为 \(length) 位数字（password_length）"
    case .noOperatorWithRole(let value):
      "没有 role 为 \(value) 的 [[operator]]"
    case .missingText(let place, let key):
      "\(place) 缺少 \(key)；请加上 \(key) = \"…\""
    case .notText(let key):
      "\(key) 应为引号中的非空文本"
    case .missingNumber(let place, let key):
      "\(place) 缺少 \(key)；请加上 \(key) = 整数"
    case .notNumber(let key):
      "\(key) 应为整数"
    case .missingBool(let place, let key):
      "\(place) 缺少 \(key)；请加上 \(key) = true 或 false"
    case .notBool(let key):
      "\(key) 应为 true 或 false"
    case .missingTexts(let place, let zhKey, let enKey):
      "\(place) 缺少 \(zhKey) / \(enKey)"
    case .missingTranslation(let present, let absent):
      "\(present) 没有对应的 \(absent)；请补上翻译"
    case .noTable(let name):
      "缺少 [\(name)] 表；请加上"
    case .notTable(let name):
      "\(name) 应写成 [\(name)] 表"
    case .noEntries(let name):
      "缺少 [[\(name)]] 条目；请加上"
    case .notEntries(let name):
      "\(name) 应写成 [[\(name)]] 条目"
    case .syntax(let detail):
      "TOML 语法错误：\(detail)；请修正该行"
    case .syntaxUnlocated(let detail):
      "TOML 语法错误：\(detail)"
    case .unknownAmountMode(let text, let known):
      "未知的金额输入方式 \"\(text)\"；可用：\(known)"
    case .unknownText(let text, let known):
      "未知的文本 \(text)；可用：\(known)"
    case .unknownAction(let text, let known):
      "未知的操作 \"\(text)\"；可用：\(known)"
    case .idsNotList: "ids 应为操作员号列表，如 [\"01\"]"
    case .missingIDs(let place):
      "\(place) 缺少 ids；请加上 ids = [\"01\"]"
    case .unknownRole(let text):
      "未知的角色 \"\(text)\"；可用 cashier、supervisor 或 admin"
    case .unknownSlipField(let text, let known):
      "未知的签购单字段 \"\(text)\"；可用：\(known)"
    }
  }
}
