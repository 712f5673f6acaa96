/// The merchant directory's words in Chinese (the default).
enum MerchantTextZh {
  static func text(_ key: MerchantText) -> String {
    switch key {
    case .unknownAcquirer: "未知收单机构（代码不在 acquirers.toml 中）"
    case .unknownRegion: "未知地区（代码不在 regions.toml 中）"
    case .nearRegion(let city): "\(city.zh)一带（代码未收录，按前三位推测）"
    case .unknownCategory: "未知类别（代码不在 ISO 18245 列表中）"
    case .unlistedCategory: "未列出的代码，所属区段："
    case .uncertain: "（未确认）"
    case .expectedAcquirer: "本店拉卡拉终端的预期收单机构"
    case .statusLabel(let status): statusLabel(status)
    case .statusMeaningForScanning(let status): meaningForScanning(status)
    case .methodLabel(let method):
      switch method {
      case .scan: "扫码"
      case .card: "刷卡"
      }
    case .lookupLabel(let label): lookupLabel(label)
    case .listSeparator: "、"
    case .scanNotEnabled: "本商户未开通扫码收款：请用刷卡收款，或拨打 95016 申请开通。"
    case .notInDirectory: "本地商户目录中没有这个商户号：请核对号码，或用 merchants import 导入最新目录。"
    case .malformedTitle(let input):
      switch input {
      case .number: "商户号无效："
      case .slip: "签购单商户号无效："
      case .terminal: "终端号无效："
      }
    case .registeredVersusSlip(let registered, let slip): "登记 \(registered)，签购单 \(slip)"
    case .merchantNumberRefused(let error): merchantNumberRefused(error)
    case .terminalNumberRefused(let error): terminalNumberRefused(error)
    case .directoryFailed(let error): directoryFailed(error)
    }
  }

  /// The Chinese spellings of the payment methods a directory CSV may use.
  static let methodSpellings: [String: MerchantPaymentMethod] = [
    "扫码": .scan, "刷卡": .card, "卡": .card,
  ]

  private static func statusLabel(_ status: MerchantStatus) -> String {
    switch status {
    case .normal: "正常"
    case .riskHold: "风控中"
    case .frozen: "已冻结"
    }
  }

  private static func meaningForScanning(_ status: MerchantStatus) -> String {
    switch status {
    case .normal: "商户状态正常，扫码收款不受商户状态限制。"
    case .riskHold: "商户被风控：扫码收款被拦截，可先改用刷卡/挥卡收款；请拨打客服 95016，报商户号，询问风控原因和解除所需材料。"
    case .frozen: "商户已冻结：扫码和刷卡都无法收款，结算资金暂停；请停止收款，拨打客服 95016，报商户号处理。"
    }
  }

  private static func lookupLabel(_ label: MerchantLookupLabel) -> String {
    switch label {
    case .number: "商户号"
    case .acquirer: "收单机构"
    case .region: "地区"
    case .category: "商户类别"
    case .sequence: "序号"
    case .directoryName: "目录登记"
    case .registeredCodes: "登记类别/地区"
    case .terminals: "终端"
    case .terminal: "终端"
    case .methods: "收款方式"
    case .status: "状态"
    case .scanning: "扫码"
    case .slipTitle: "跳码核对：签购单"
    case .risk: "风险："
    case .action: "处理："
    case .note: "注："
    }
  }

  private static func merchantNumberRefused(_ error: MerchantNumberError) -> String {
    switch error {
    case .empty: "没有输入商户号：请输入签购单上的 15 位商户号。"
    case .invalidCharacter(let position, let character):
      "第 \(position) 个字符“\(character)”不是数字：商户号只含数字（可用空格或短横线分隔）。"
    case .wrongLength(let count): "输入了 \(count) 位数字，商户号应为 15 位：请对照签购单逐位核对。"
    }
  }

  private static func terminalNumberRefused(_ error: TerminalNumberError) -> String {
    switch error {
    case .empty: "没有输入终端号：请输入签购单上的 8 位终端号。"
    case .invalidCharacter(let position, let character):
      "终端号第 \(position) 个字符“\(character)”无效：终端号只含数字和字母。"
    case .wrongLength(let count): "终端号输入了 \(count) 位，应为 8 位：请对照签购单核对。"
    }
  }

  private static func directoryFailed(_ error: MerchantDirectoryError) -> String {
    switch error {
    case .terminalTaken(let terminal, let owner, let wanted):
      "终端 \(terminal) 已绑定商户 \(owner)，不能再绑定 \(wanted)：一台终端只属于一个商户，请先从原商户解绑。"
    case .unreadableRow(let number, let field):
      "商户目录中 \(number) 的字段 \(field) 无法读取：请用 merchants export/import 重建目录。"
    case .database(let operation, let message):
      "商户目录数据库\(operation)失败：\(message)。请检查数据目录可写且磁盘有空间。"
    }
  }
}
