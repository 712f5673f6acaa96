/// The case hand-off's words in Chinese (the default).
enum CaseHandOffTextZh {
  static func text(_ key: CaseHandOffText) -> String {
    switch key {
    case .stepTitle(let step): stepTitle(step)
    case .stepDetail(let step): stepDetail(step)
    case .title:
      "客服交接单"
    case .callLine:
      "客服电话 95016：拨打前请准备好以下信息。"
    case .merchantNumber:
      "商户号："
    case .merchantName:
      "商户名称："
    case .status:
      "商户状态："
    case .terminal:
      "终端号："
    case .serial:
      "机身序列号："
    case .firmware:
      "固件版本："
    case .problem:
      "问题："
    case .cause:
      "自检结论："
    case .checksDone:
      "已做的检查："
    case .slipCheck:
      "跳码核对："
    case .agentWillAsk:
      "客服通常会问："
    case .stepsTitle:
      "处理步骤（✓ 为已做）："
    case .notKnown:
      "（未知，请在终端“管理”中查看）"
    case .notInDirectory:
      "（不在本地商户目录中）"
    case .noChecks:
      "无"
    case .noSelfCheck:
      "扫码收款不成功（尚未做扫码自检）"
    case .questionList:
      "商户号、终端号和机身序列号|问题从什么时候开始，是否每一笔、每种付款码都失败|终端屏幕上的提示或返回码（如 58）|是否已重启，网络信号是否正常|固件版本，最近是否升级过"
    case .colon: "："
    case .saveFailed(let path, let reason): "无法保存交接单到 \(path)：\(reason)。请检查数据目录可写且磁盘有空间。"
    }
  }

  private static func stepTitle(_ step: EscalationStep) -> String {
    switch step {
    case .restart:
      "重启终端"
    case .rerunFailedChecks:
      "重新做未通过的检查"
    case .takePaymentAnotherWay:
      "先改用刷卡/挥卡收款"
    case .callCustomerService:
      "拨打客服 95016"
    case .afterSalesRepair:
      "联系官方售后维修或更换"
    case .backUpBeforeReset:
      "恢复出厂设置前先备份交易记录"
    }
  }

  private static func stepDetail(_ step: EscalationStep) -> String {
    switch step {
    case .restart:
      "长按电源键关机，等 10 秒再开机，重新签到后再试。"
    case .rerunFailedChecks:
      "重启后把刚才没通过的检查再做一遍，确认问题是否还在。"
    case .takePaymentAnotherWay:
      "扫码不可用时，请顾客刷卡、插卡或挥卡付款，别让顾客等。"
    case .callCustomerService:
      "准备好商户号、终端号、机身序列号和固件版本，按交接单回答客服的问题。"
    case .afterSalesRepair:
      "摄像头或扫码头损坏、老化时，只能经官方售后维修或更换，不要自行拆机。"
    case .backUpBeforeReset:
      "恢复出厂设置会清除终端上的交易记录，先结算并备份。"
    }
  }
}
