/// The data files' and data dir's words in Chinese (the default).
enum DataTextZh {
  static func text(_ key: DataText) -> String {
    switch key {
    case .fileProblem(.unreadable(let why)): "无法读取（\(why)）；检查路径和权限"
    case .fileProblem(.notARegularFile): "不是普通文件（设备、目录或管道）；请指定一个 .toml 文件"
    case .fileProblem(.tooLarge(let bytes)): "文件过大（\(bytes) 字节，上限 \(DataText.limitMB) MB）；这不是数据文件"
    case .fileProblem(.notUTF8): "不是 UTF-8 文本；请以 UTF-8 编码保存"
    case .storeProblem(.directoryUnusable(let path, let reason)):
      "数据目录 \(path) 无法使用（\(reason)）：交易无法记账，扫码和刷卡收款已停用。请修正目录或用 --data-dir 指定其他目录后重启。"
    case .storeProblem(.databaseUnusable(let path, let failure)):
      "数据库 \(path) 无法写入（\(failure.kind.rawValue)：\(failure.detail)）：交易无法记账，收款已停用。请修复或移走该文件后重启。"
    }
  }
}
