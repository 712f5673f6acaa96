/// Every sentence the 跳码 check says, in every language, kept in one place.
enum SlipCheckTexts {
  static func label(_ field: SlipField) -> LocalizedText {
    switch field {
    case .acquirer: LocalizedText(zh: "收单机构", en: "acquirer")
    case .region: LocalizedText(zh: "地区", en: "region")
    case .mcc: LocalizedText(zh: "商户类别（MCC）", en: "category (MCC)")
    case .sequence: LocalizedText(zh: "商户序号", en: "sequence")
    case .terminal: LocalizedText(zh: "终端号", en: "terminal")
    }
  }

  static func matchSummary(checkedTerminal: Bool) -> LocalizedText {
    checkedTerminal
      ? LocalizedText(
        zh: "签购单与登记信息一致（收单机构、地区、类别、序号、终端），没有跳码迹象。",
        en: "The slip matches the registration (acquirer, region, category, sequence, "
          + "terminal): no sign of 跳码 (code jumping).")
      : LocalizedText(
        zh: "签购单与登记信息一致（收单机构、地区、类别、序号），没有跳码迹象。",
        en: "The slip matches the registration (acquirer, region, category, sequence): "
          + "no sign of 跳码 (code jumping).")
  }

  static func mismatchSummary(count: Int) -> LocalizedText {
    LocalizedText(
      zh: "发现 \(count) 处与登记信息不一致，可能是跳码：请逐条查看并按提示处理。",
      en: "\(count) field(s) differ from the registration, a possible 跳码 (code jumping): "
        + "read each one and do what it says.")
  }

  static func acquirerDiffers(
    slip: String, slipName: LocalizedText, registered: String, registeredName: LocalizedText
  ) -> LocalizedText {
    LocalizedText(
      zh: "收单机构不同：签购单是 \(slip)（\(slipName.zh)），登记的是 \(registered)（\(registeredName.zh)）。"
        + "这笔交易走了另一家支付机构的通道。",
      en: "Different acquirer: the slip says \(slip) (\(slipName.en)), the registration "
        + "\(registered) (\(registeredName.en)). The sale went through another payment "
        + "company's channel.")
  }
  static let acquirerRisk = LocalizedText(
    zh: "钱可能结算到别的账户，费率和售后都不归原机构；这是跳码或终端被调换的典型迹象，可能触发风控、冻结资金。",
    en: "The money may settle to another account, under another company's fees and support; "
      + "this is a typical sign of code jumping or a swapped terminal and can trigger risk "
      + "controls and frozen funds.")
  static let acquirerAction = LocalizedText(
    zh: "暂停用出这张签购单的终端收款，保留签购单，拨打 95016 报两个商户号核实。",
    en: "Stop taking payments on the terminal that printed this slip, keep the slip, and call "
      + "95016 with both merchant numbers.")

  static func regionDiffers(
    slip: String, slipName: LocalizedText, registered: String, registeredName: LocalizedText
  ) -> LocalizedText {
    LocalizedText(
      zh: "地区不同：签购单地区码 \(slip)（\(slipName.zh)），登记的是 \(registered)（\(registeredName.zh)）。"
        + "交易被报成在另一个地区发生。",
      en: "Different region: the slip's region code is \(slip) (\(slipName.en)), the "
        + "registration's \(registered) (\(registeredName.en)). The sale was reported as made "
        + "somewhere else.")
  }
  static let regionRisk = LocalizedText(
    zh: "异地交易会被风控抽查，可能被限额、暂停扫码或冻结结算资金。",
    en: "Sales reported from another region are picked up by risk controls: limits, scanning "
      + "suspended or settlement frozen.")
  static let regionAction = LocalizedText(
    zh: "保留签购单，拨打 95016 核实终端绑定的地区；不要让他人“调机”或改终端参数。",
    en: "Keep the slip and call 95016 to check which region the terminal is bound to; let no "
      + "one \"tune\" the terminal or change its parameters.")

  static func mccDiffers(
    slip: String, slipName: LocalizedText, registered: String, registeredName: LocalizedText
  ) -> LocalizedText {
    LocalizedText(
      zh: "商户类别不同：签购单是 \(slip)（\(slipName.zh)），登记的是 \(registered)（\(registeredName.zh)）。"
        + "交易被按另一种行业上送，这就是跳码。",
      en: "Different category (MCC): the slip says \(slip) (\(slipName.en)), the registration "
        + "\(registered) (\(registeredName.en)). The sale was sent as another trade: this is "
        + "code jumping.")
  }
  static let mccRisk = LocalizedText(
    zh: "费率与登记行业不符，会被认定违规：可能被扣罚、冻结结算资金，甚至关闭商户。",
    en: "The fee no longer matches the registered trade and counts as a breach: penalties, "
      + "frozen settlement, even a closed merchant account.")
  static let mccAction = LocalizedText(
    zh: "停止使用出这张签购单的终端，保留签购单，拨打 95016 报商户号和终端号要求核查；不要接受“降费率”调机。",
    en: "Stop using the terminal that printed this slip, keep the slip, and call 95016 with "
      + "the merchant and terminal numbers to have it checked; refuse any \"lower fee\" tuning.")

  static func sequenceDiffers(slip: String, registered: String) -> LocalizedText {
    LocalizedText(
      zh: "商户序号不同：签购单是 \(slip)，登记的是 \(registered)。这是另一个商户号。",
      en: "Different sequence: the slip says \(slip), the registration \(registered). This is "
        + "another merchant's number.")
  }
  static let sequenceRisk = LocalizedText(
    zh: "钱会进入另一个商户的账户，本店对账会对不上。",
    en: "The money goes to another merchant's account and the store's books will not add up.")
  static let sequenceAction = LocalizedText(
    zh: "核对终端里设置的商户号（管理 → 参数），保留签购单，拨打 95016 核实这个商户号属于谁。",
    en: "Check the merchant number set in the terminal (Management → parameters), keep the "
      + "slip, and call 95016 to find out whose number it is.")

  static func terminalNotOwned(
    _ terminal: String, registeredList: String, owner: (name: String, number: String)?
  ) -> LocalizedText {
    let list =
      registeredList.isEmpty
      ? LocalizedText(zh: "无", en: "none")
      : LocalizedText(
        zh: registeredList, en: registeredList)
    if let owner {
      return LocalizedText(
        zh: "终端号 \(terminal) 不属于本商户（登记的终端：\(list.zh)），目录中它属于“\(owner.name)”（\(owner.number)）。",
        en: "Terminal \(terminal) is not this merchant's (registered: \(list.en)); the "
          + "directory has it under \"\(owner.name)\" (\(owner.number)).")
    }
    return LocalizedText(
      zh: "终端号 \(terminal) 不在本商户的登记终端中（登记的终端：\(list.zh)），目录中也查不到它。",
      en: "Terminal \(terminal) is not among this merchant's terminals (registered: \(list.en)) "
        + "and the directory does not know it.")
  }
  static let terminalRisk = LocalizedText(
    zh: "一台终端打出别的商户号或名称，是跳码或终端被调包的迹象，款项可能进入他人账户。",
    en: "A terminal printing another merchant's number or name is a sign of code jumping or "
      + "a swapped terminal; the money may go to someone else.")
  static let terminalAction = LocalizedText(
    zh: "核对机身背面的终端号与签购单是否一致，保留签购单，拨打 95016 报终端号核实。",
    en: "Compare the terminal number on the back of the device with the slip, keep the slip, "
      + "and call 95016 with the terminal number.")

  static func slipNumberBelongsTo(_ name: String, _ number: String) -> LocalizedText {
    LocalizedText(
      zh: "签购单上的商户号 \(number) 在目录中属于“\(name)”。",
      en: "The slip's merchant number \(number) belongs to \"\(name)\" in the directory.")
  }
  static let terminalUncheckable = LocalizedText(
    zh: "商户不在本地目录中，无法核对终端号归属。",
    en: "The merchant is not in the local directory, so the terminal cannot be checked.")
  static let comparedWithTypedNumberOnly = LocalizedText(
    zh: "商户不在本地目录中：只与输入的商户号比对。",
    en: "The merchant is not in the local directory: compared with the typed number only.")
}
