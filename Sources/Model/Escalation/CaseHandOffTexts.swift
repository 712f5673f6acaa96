/// Every phrase of the escalation steps and the case hand-off, in every language, in one place.
enum CaseHandOffTexts {
  static func stepTitle(_ step: EscalationStep) -> LocalizedText {
    switch step {
    case .restart: LocalizedText(zh: "重启终端", en: "Restart the terminal")
    case .rerunFailedChecks:
      LocalizedText(zh: "重新做未通过的检查", en: "Re-run the checks that failed")
    case .takePaymentAnotherWay:
      LocalizedText(zh: "先改用刷卡/挥卡收款", en: "Meanwhile take the payment by card or tap")
    case .callCustomerService:
      LocalizedText(zh: "拨打客服 95016", en: "Call customer service 95016")
    case .afterSalesRepair:
      LocalizedText(zh: "联系官方售后维修或更换", en: "Have it repaired or replaced by official after-sales")
    case .backUpBeforeReset:
      LocalizedText(
        zh: "恢复出厂设置前先备份交易记录", en: "Back up transaction records before any factory reset")
    }
  }

  static func stepDetail(_ step: EscalationStep) -> LocalizedText {
    switch step {
    case .restart:
      LocalizedText(
        zh: "长按电源键关机，等 10 秒再开机，重新签到后再试。",
        en: "Hold the power key to switch off, wait 10 seconds, switch on, sign in and try again.")
    case .rerunFailedChecks:
      LocalizedText(
        zh: "重启后把刚才没通过的检查再做一遍，确认问题是否还在。",
        en: "After the restart, repeat the checks that failed to see whether the problem remains.")
    case .takePaymentAnotherWay:
      LocalizedText(
        zh: "扫码不可用时，请顾客刷卡、插卡或挥卡付款，别让顾客等。",
        en: "While scanning is down, ask the customer to swipe, insert or tap a card.")
    case .callCustomerService:
      LocalizedText(
        zh: "准备好商户号、终端号、机身序列号和固件版本，按交接单回答客服的问题。",
        en: "Have the merchant number, terminal number, serial number and firmware version "
          + "ready, and answer from the case summary.")
    case .afterSalesRepair:
      LocalizedText(
        zh: "摄像头或扫码头损坏、老化时，只能经官方售后维修或更换，不要自行拆机。",
        en: "A damaged or aged camera or scan head is repaired or replaced by official "
          + "after-sales only; do not open the device.")
    case .backUpBeforeReset:
      LocalizedText(
        zh: "恢复出厂设置会清除终端上的交易记录，先结算并备份。",
        en: "A factory reset erases the terminal's transaction records: settle and back them "
          + "up first.")
    }
  }

  static let title = LocalizedText(zh: "客服交接单", en: "Case summary for customer service")
  static let callLine = LocalizedText(
    zh: "客服电话 95016：拨打前请准备好以下信息。",
    en: "Customer service 95016: have the details below ready before you call.")
  static let merchantNumber = LocalizedText(zh: "商户号：", en: "Merchant number: ")
  static let merchantName = LocalizedText(zh: "商户名称：", en: "Merchant: ")
  static let status = LocalizedText(zh: "商户状态：", en: "Merchant status: ")
  static let terminal = LocalizedText(zh: "终端号：", en: "Terminal number: ")
  static let serial = LocalizedText(zh: "机身序列号：", en: "Serial number: ")
  static let firmware = LocalizedText(zh: "固件版本：", en: "Firmware version: ")
  static let problem = LocalizedText(zh: "问题：", en: "Problem: ")
  static let cause = LocalizedText(zh: "自检结论：", en: "Self-check found: ")
  static let checksDone = LocalizedText(zh: "已做的检查：", en: "Checks done: ")
  static let slipCheck = LocalizedText(zh: "跳码核对：", en: "Slip check (跳码): ")
  static let agentWillAsk = LocalizedText(zh: "客服通常会问：", en: "The agent will usually ask:")
  static let stepsTitle = LocalizedText(zh: "处理步骤（✓ 为已做）：", en: "Steps (✓ done):")
  static let notKnown = LocalizedText(
    zh: "（未知，请在终端“管理”中查看）", en: "(unknown: see Management on the terminal)")
  static let notInDirectory = LocalizedText(
    zh: "（不在本地商户目录中）", en: "(not in the local merchant directory)")
  static let none = LocalizedText(zh: "无", en: "none")
  static let noSelfCheck = LocalizedText(
    zh: "扫码收款不成功（尚未做扫码自检）", en: "Scan payments fail (no self-check done yet)")

  static let questionList = LocalizedText(
    zh: "商户号、终端号和机身序列号|问题从什么时候开始，是否每一笔、每种付款码都失败|终端屏幕上的提示或返回码（如 58）|是否已重启，网络信号是否正常|固件版本，最近是否升级过",
    en: "The merchant, terminal and serial numbers|When it started, and whether every sale "
      + "and every kind of payment code fails|The message or response code on the screen "
      + "(e.g. 58)|Whether you restarted, and whether the network signal is good|The firmware "
      + "version, and whether it was updated recently")

  static func questions(_ language: Language) -> [String] {
    questionList(language).split(separator: "|").map(String.init)
  }
}
