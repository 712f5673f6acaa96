/// The slip check's words in Chinese (the default).
enum SlipCheckTextZh {
  static func text(_ key: SlipCheckText) -> String {
    switch key {
    case .label(let field): label(field)
    case .matchSummary(let checkedTerminal):
      checkedTerminal
        ? "签购单与登记信息一致（收单机构、地区、类别、序号、终端），没有跳码迹象。"
        : "签购单与登记信息一致（收单机构、地区、类别、序号），没有跳码迹象。"
    case .mismatchSummary(let count): "发现 \(count) 处与登记信息不一致，可能是跳码：请逐条查看并按提示处理。"
    case .acquirerDiffers(let slip, let slipName, let registered, let registeredName):
      "收单机构不同：签购单是 \(slip)（\(slipName.zh)），登记的是 \(registered)（\(registeredName.zh)）。"
        + "这笔交易走了另一家支付机构的通道。"
    case .acquirerRisk: "钱可能结算到别的账户，费率和售后都不归原机构；这是跳码或终端被调换的典型迹象，可能触发风控、冻结资金。"
    case .acquirerAction: "暂停用出这张签购单的终端收款，保留签购单，拨打 95016 报两个商户号核实。"
    case .regionDiffers(let slip, let slipName, let registered, let registeredName):
      "地区不同：签购单地区码 \(slip)（\(slipName.zh)），登记的是 \(registered)（\(registeredName.zh)）。"
        + "交易被报成在另一个地区发生。"
    case .regionRisk: "异地交易会被风控抽查，可能被限额、暂停扫码或冻结结算资金。"
    case .regionAction: "保留签购单，拨打 95016 核实终端绑定的地区；不要让他人“调机”或改终端参数。"
    case .mccDiffers(let slip, let slipName, let registered, let registeredName):
      "商户类别不同：签购单是 \(slip)（\(slipName.zh)），登记的是 \(registered)（\(registeredName.zh)）。"
        + "交易被按另一种行业上送，这就是跳码。"
    case .mccRisk: "费率与登记行业不符，会被认定违规：可能被扣罚、冻结结算资金，甚至关闭商户。"
    case .mccAction: "停止使用出这张签购单的终端，保留签购单，拨打 95016 报商户号和终端号要求核查；不要接受“降费率”调机。"
    case .sequenceDiffers(let slip, let registered):
      "商户序号不同：签购单是 \(slip)，登记的是 \(registered)。这是另一个商户号。"
    case .sequenceRisk: "钱会进入另一个商户的账户，本店对账会对不上。"
    case .sequenceAction: "核对终端里设置的商户号（管理 → 参数），保留签购单，拨打 95016 核实这个商户号属于谁。"
    case .terminalOwnedByOther(let terminal, let list, let name, let number):
      "终端号 \(terminal) 不属于本商户（登记的终端：\(listed(list))），目录中它属于“\(name)”（\(number)）。"
    case .terminalUnknown(let terminal, let list):
      "终端号 \(terminal) 不在本商户的登记终端中（登记的终端：\(listed(list))），目录中也查不到它。"
    case .terminalRisk: "一台终端打出别的商户号或名称，是跳码或终端被调包的迹象，款项可能进入他人账户。"
    case .terminalAction: "核对机身背面的终端号与签购单是否一致，保留签购单，拨打 95016 报终端号核实。"
    case .slipNumberBelongsTo(let name, let number): "签购单上的商户号 \(number) 在目录中属于“\(name)”。"
    case .terminalUncheckable: "商户不在本地目录中，无法核对终端号归属。"
    case .comparedWithTypedNumberOnly: "商户不在本地目录中：只与输入的商户号比对。"
    }
  }

  private static func listed(_ list: String) -> String { list.isEmpty ? "无" : list }

  private static func label(_ field: SlipField) -> String {
    switch field {
    case .acquirer: "收单机构"
    case .region: "地区"
    case .mcc: "商户类别（MCC）"
    case .sequence: "商户序号"
    case .terminal: "终端号"
    }
  }
}
