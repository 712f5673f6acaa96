/// A directory import's words in Chinese (the default).
enum MerchantImportTextZh {
  static func text(_ key: MerchantImportText) -> String {
    switch key {
    case .emptyFile: "文件是空的。"
    case .unknownColumn(let position, let raw): "第 \(position) 列“\(raw)”不是已知列名。"
    case .repeatedColumn(let name): "列 \(name) 出现了两次。"
    case .missingColumn(let name): "缺少列 \(name)。"
    case .fieldCount(let fields, let expected): "有 \(fields) 个字段，表头有 \(expected) 列（含逗号的字段要加双引号）。"
    case .brokenQuoting(let unterminated):
      "引号用法不对（字段内的双引号要写成两个，整个字段用双引号括起）：\(unterminated ? "引号没有闭合" : "闭合引号后还有文字")。"
    case .scientificNotation(let typed): "“\(typed)”是被表格软件转成的科学计数法：请把该列设为“文本”后重新导出。"
    case .merchantNumberRefused(let error): MerchantText.merchantNumberRefused(error).zh
    case .emptyName: "商户名称为空。"
    case .controlCharacterInName: "商户名称含换行或控制字符。"
    case .refusedCharacterInName(let code): "商户名称含控制字符或文字方向控制符（\(code)）。"
    case .codeNotFourDigits(let text): "“\(text)”应为 4 位数字，或留空以取商户号中的值。"
    case .terminalRefused(let text, let error):
      "“\(text)”：" + MerchantText.terminalNumberRefused(error).zh
    case .unknownMethod(let text): "“\(text)”不是收款方式，可用 scan、card。"
    case .unknownStatus(let text): "“\(text)”不是商户状态，可用 normal、risk_hold、frozen。"
    case .repeatedNumber(let number, let first): "商户号 \(number) 与第 \(first) 行重复。"
    case .repeatedTerminal(let terminal, let first):
      "终端 \(terminal) 已在第 \(first) 行绑定给另一商户：一台终端只属于一个商户。"
    case .directoryRefused(let error): MerchantText.directoryFailed(error).zh
    case .place(let line, let column): "第 \(line) 行" + (column.map { "，\($0)：" } ?? "：")
    case .nothingImported: "没有导入任何内容（全部导入或全部不导入），目录保持不变。"
    case .unreadableFile(let path, let reason): "无法读取文件 \(path)：\(reason)。"
    case .badHeader(let expected): "第 1 行表头不对，应为：\(expected)"
    case .badRows(let total): "\(total) 行有问题，请改正后重新导入："
    case .moreRows(let count): "  ……另有 \(count) 行"
    case .databaseRefused(let message): "数据库写入失败：\(message)。请检查数据目录可写且磁盘有空间。"
    case .imported(let added, let changed, let unchanged):
      "导入完成：新增 \(added)，更新 \(changed)，未变 \(unchanged)。"
    }
  }
}
