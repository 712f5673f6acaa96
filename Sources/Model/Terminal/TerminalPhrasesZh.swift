/// The terminal's words in Chinese (the default), as the real unit shows them.
enum TerminalPhrasesZh {
  static func money(_ fen: Int) -> String { "¥" + Amount.yuanText(fen: fen) }

  static func text(_ phrase: TerminalPhrase) -> String {
    switch phrase {
    case .operatorLabel: return "操作员号："
    case .passwordLabel: return "密码："
    case .unknownOperator(let cashiers): return "操作员不存在，请输入 \(cashiers)"
    case .notACashier(let role, let cashiers):
      return "\(role == .supervisor ? "主管" : "系统管理员")不能签到收款，请用收银员 \(cashiers) 签到"
    case .profileText(let key): return key.rawValue
    case .wrongOperatorPassword: return "操作员密码错误，请重新输入"
    case .signInNoNetwork: return "签到失败：网络未连接，请检查网络后重新签到"
    case .signedIn(let batch): return "签到成功，批次号 \(batch)"
    case .mainMenuHint: return "按数字键选择，功能键进入管理"
    case .trainingTag: return "【培训】"
    case .keyLabel(let key): return keyLabel(key)
    case .amountLabel: return "金额："
    case .amountRefused(let error): return amountRefused(error)
    case .amountShown(let fen): return "金额：\(money(fen))"
    case .originalAmount(let fen): return "原交易金额：\(money(fen))"
    case .refundableAmount(let fen): return "可退金额：\(money(fen))"
    case .refundAmountShown(let fen): return "退货金额：\(money(fen))"
    case .refundOverRemaining(let fen): return "退货金额超过可退金额 \(money(fen))"
    case .wrongKeyInterrupted: return "误按扫码键，金额输入被中断，请重新输入"
    case .cameraOn: return "摄像头已开启，请将付款码对准扫码窗口"
    case .cameraCannotStart: return "摄像头无法启动"
    case .scanCodeHint: return "扫码枪输入或粘贴付款码后按确认；功能键：摄像头扫样例码"
    case .codeLabel: return "付款码："
    case .scanOrTypeCode: return "请扫码或输入付款码"
    case .cameraTitle: return "摄像头扫码"
    case .pickSamplePrompt: return "选择顾客出示的付款码："
    case .noSuchSample: return "没有这个样例码"
    case .walletWaited(let seconds, let poll, let cancelAt):
      return "已等待 \(seconds) 秒（每 \(poll) 秒查询，\(cancelAt) 秒撤单）"
    case .customerPasswordKeyHint: return "模拟顾客：按 P 在手机上输入密码"
    case .customerEnteredPassword: return "顾客已输入密码，等待下次查询"
    case .pinLabel: return "密码："
    case .pinLengthWrong: return "密码应为 6 位数字"
    case .approvedPleaseSign: return "交易成功，请持卡人签名"
    case .signFirst: return "请先签名"
    case .signatureRequired: return "交易已成功，需持卡人签名后生成电子签购单"
    case .contactlessNoPINNoSignature: return "小额免密免签"
    case .wrongSupervisorPassword: return "主管密码错误"
    case .voucherLabel: return "凭证号："
    case .voucherShown(let voucher): return "凭证号：\(voucher)"
    case .referenceShown(let reference): return "参考号：\(reference)"
    case .voidRefused(let refusal): return voidRefused(refusal)
    case .referenceLabel: return "参考号："
    case .referenceLengthWrong: return "参考号应为 12 位数字"
    case .dateLabel: return "日期："
    case .dateFormatWrong: return "日期格式错误，请输入 4 位月日"
    case .refundRefused(let refusal): return refundRefused(refusal)
    case .voidedMark: return "已撤销"
    case .transactionListHint: return "确认 看签购单  功能 撤销"
    case .onlySalesVoidable: return "只能撤销消费交易"
    case .batchShown(let batch): return "批次号：\(batch)"
    case .totalLine(let kind, let count, let fen):
      return "\(kindName(kind)) \(count) 笔  \(money(fen))"
    case .netTotal(let fen): return "净额：\(money(fen))"
    case .firmwareShown(let version): return "固件版本：\(version)"
    case .appVersionShown(let version): return "应用版本：\(version)"
    case .firmwareUpdateAvailable: return "有新固件可用：按确认下载更新"
    case .firmwareUpdated(let version): return "固件已更新到 \(version)，终端已重启"
    case .firmwareUpdateFailed: return "下载失败：连不上服务器，请检查网络后再试"
    case .scanAreaShown(let full): return "扫码区域：\(full ? "全屏" : "局部")"
    case .resolutionShown(let standard): return "分辨率：\(standard ? "默认" : "已修改")"
    case .scanSettingsReset: return "扫码设置已恢复默认"
    case .permissionShown(let channel, let open):
      return "\(channel == .scan ? "扫码交易" : "刷卡交易")：\(open ? "已开通" : "未开通")"
    case .permissionsHint: return "1 切换扫码权限  2 切换刷卡权限（模拟收单机构操作）"
    case .merchantNameShown(let name): return "商户名称：\(name)"
    case .merchantNumberShown(let number): return "商户号：\(number)"
    case .terminalNumberShown(let number): return "终端号：\(number)"
    case .connectionShown(let kind): return "通讯方式：\(kind == .wifi ? "Wi-Fi" : "移动数据")"
    case .signalShown(let bars, let count): return "信号：\(bars) \(count)/4"
    case .linkStatus(let connected): return connected ? "网络已连接" : "网络未连接"
    case .hostTimeoutShown(let seconds): return "交易超时：\(seconds) 秒"
    case .parametersHint: return "1 切换通讯方式  2 扫码设置恢复默认"
    case .recording(let phrase): return phrase.text(.zh)
    case .slipFieldSeparator: return "："
    case .listSeparator: return "、"
    case .demoMerchantName: return "拉卡拉示例便利店"
    case .profilesOK(let files): return "终端配置检查通过（\(files) 个文件）"
    case .profileProblems(let findings, let unreadable):
      return "发现 \(findings) 个问题，\(unreadable) 个文件无法读取"
    case .failureMessage(let failure): return failureMessage(failure)
    case .responseCodeShown(let code): return "应答码：\(code)"
    case .suggestionText(let suggestion): return suggestionText(suggestion)
    case .transactionKind(let kind, let method):
      return kind == .sale ? (method == .scan ? "扫码支付" : "消费") : kindName(kind)
    case .methodName(let method): return methodName(method)
    case .ruleDescription(let length, let prefixes): return "\(length) 位数字，开头 \(prefixes)"
    case .codeReason(let reason): return codeReason(reason)
    case .verdictName(let verdict): return verdictName(verdict)
    case .faultTitle(let fault): return faultTitle(fault)
    case .classifyLabel(let field): return classifyLabel(field)
    case .yesNo(let yes): return yes ? "是" : "否"
    case .noneText: return "无"
    case .confidenceName(let confidence): return confidenceName(confidence)
    case .slipReprintMark: return "重打印 REPRINT"
    case .slipTrainingMark: return "*** TRAINING 培训交易 不作结算 ***"
    case .slipOriginalVoucher: return "原凭证号："
    case .slipOriginalReference: return "原参考号："
    case .slipSignedElectronically: return "持卡人签名：已电子签名"
    case .slipSignatureLine: return "持卡人签名：________"
    case .slipAgreement: return "本人确认以上交易，同意将其记入本卡账户"
    }
  }

  private static func keyLabel(_ key: TerminalKey) -> String {
    switch key {
    case .confirm: "确认"
    case .cancel: "取消"
    case .clear: "清除"
    case .function: "功能"
    case .arrows: "方向键"
    case .digits: "数字键"
    }
  }

  private static func amountRefused(_ error: AmountError) -> String {
    switch error {
    case .empty: "请输入金额"
    case .invalidCharacter(let c): "金额只能包含数字和小数点（“\(c)”无效）"
    case .missingYuan: "小数点前缺少整数部分"
    case .leadingZero: "金额不能以 0 开头"
    case .tooManyDecimals: "金额最多两位小数"
    case .zero: "金额不能为 0"
    case .overMaximum: "金额超过上限 99999.99 元"
    }
  }

  private static func voidRefused(_ refusal: VoidRefusal) -> String {
    switch refusal {
    case .notFound: "原交易不存在（25），请核对凭证号"
    case .settled: "原交易已结算，不能撤销，请使用退货"
    case .alreadyVoided: "原交易已撤销"
    case .alreadyRefunded: "原交易已部分退货，不能撤销，请使用退货"
    case .notToday: "只能撤销当日交易，请使用退货"
    }
  }

  private static func refundRefused(_ refusal: RefundRefusal) -> String {
    switch refusal {
    case .notFound: "原交易不存在（25），请核对参考号和日期"
    case .voided: "原交易已撤销，不能退货"
    case .fullyRefunded: "原交易已全额退货"
    }
  }

  private static func failureMessage(_ failure: TransactionFailure) -> String {
    switch failure {
    case .cameraNotStarting: return "摄像头无法启动"
    case .codeNotRecognised: return "未识别到付款码，扫码超时"
    case .malformedCode(let reason): return "无效付款码：\(codeReason(reason))"
    case .unsupportedCode(let reason, let wallet):
      let name = wallet.map { "（\($0.zh)）" } ?? ""
      return "不支持该付款码\(name)：\(codeReason(reason))"
    case .firmwareTooOld(let wallet): return "固件版本过低，无法识别\(wallet.zh)付款码"
    case .codeExpired: return "付款码已失效或已使用"
    case .networkDown: return "网络连接失败"
    case .timedOut(let seconds, _): return "交易超时（\(seconds) 秒未收到应答）"
    case .serverMaintenance: return "主机系统维护中，请稍后重试"
    case .merchantRiskHold: return "商户状态异常，交易受限"
    case .notPermitted: return "交易权限未开通"
    case .wrongPIN: return "密码错误"
    case .insufficientFunds: return "余额不足"
    case .walletPasswordTimeout(let seconds): return "\(seconds) 秒未输入密码，已撤单"
    case .walletPaymentCancelled: return "已取消，订单已撤销"
    }
  }

  private static func suggestionText(_ suggestion: Suggestion) -> String {
    switch suggestion {
    case .cardPayment: "改用刷卡收款"
    case .selfCheck: "扫码自检"
    case .refreshCode: "请顾客刷新付款码后重新扫码"
    case .retryLater: "请稍后重试，留意官方公告"
    case .callSupport: "请致电客服 95016，备好商户号"
    case .updateFirmware: "请升级终端固件"
    case .otherPayment: "请顾客换卡或换其他方式支付"
    case .retryCard: "请重新刷卡；仍不成功请换一张卡或收现金"
    }
  }

  private static func kindName(_ kind: TransactionKind) -> String {
    switch kind {
    case .sale: "消费"
    case .void: "消费撤销"
    case .refund: "退货"
    }
  }

  private static func methodName(_ method: PaymentMethod) -> String {
    switch method {
    case .swipe: "刷卡"
    case .insert: "插卡"
    case .tap: "挥卡"
    case .scan: "扫码"
    }
  }

  private static func codeReason(_ reason: CodeReason) -> String {
    switch reason {
    case .matchedSupportedRule: "符合规则，本终端支持"
    case .walletNotSupported: "本终端未开通此类付款码"
    case .selfMadeURL: "这是网址（小程序等自制二维码），不是付款码"
    case .selfMadeText: "内容不是纯数字（自制二维码），不是付款码"
    case .noRuleMatches(let length): "\(length) 位数字，不符合任何已知付款码规则"
    case .empty: "内容为空"
    case .controlCharacter(let position): "第 \(position) 个字符是控制字符"
    case .tooLong(let length): "内容过长（\(length) 个字符）"
    }
  }

  private static func verdictName(_ verdict: CodeVerdict) -> String {
    switch verdict {
    case .supported: "支持"
    case .unsupported: "不支持"
    case .unknown: "未知"
    case .malformed: "无效输入"
    }
  }

  private static func faultTitle(_ fault: ScanFault) -> String {
    switch fault {
    case .cameraBroken: "摄像头损坏"
    case .lensDirty: "镜头脏污"
    case .lowLight: "光线过暗"
    case .glare: "反光"
    case .permissionOff: "扫码权限未开通"
    case .firmwareOld: "固件版本过旧"
    case .unsupportedCode: "付款码不受支持"
    case .codeExpired: "付款码已失效"
    case .networkDown: "网络断开"
    case .weakSignal: "信号弱"
    case .serverMaintenance: "服务器维护"
    case .merchantRiskHold: "商户风控限制"
    case .wrongKey: "误按扫码键"
    case .cardPermissionOff: "刷卡权限未开通"
    case .wrongPIN: "密码错误"
    case .insufficientFunds: "余额不足"
    }
  }

  private static func classifyLabel(_ field: ClassifyField) -> String {
    switch field {
    case .wallet: "钱包："
    case .rule: "匹配规则："
    case .confidence: "可信度："
    case .supported: "本终端支持："
    case .verdict: "结论："
    case .reason: "原因："
    }
  }

  private static func confidenceName(_ confidence: RuleConfidence) -> String {
    switch confidence {
    case .official: "官方文档"
    case .deFacto: "实际惯例"
    case .uncertain: "未确认"
    }
  }

  static func recording(_ phrase: RecordingPhrase) -> String {
    switch phrase {
    case .inProgress: "正在记账，请稍候…"
    case .notRecordedHeading: "交易未完成：未能记账"
    case .reason(.busy): "原因：数据库被其他程序占用"
    case .reason(.diskFull): "原因：磁盘已满"
    case .reason(.notWritable): "原因：数据目录不可写"
    case .reason(.corrupt): "原因：数据库文件已损坏"
    case .reason(.unavailable): "原因：数据库无法打开"
    case .reason(.ioError): "原因：读写数据库出错"
    case .nothingTaken: "已冲正，未出签购单，本笔未收款"
    case .advice(.busy): "请稍候片刻，按确认后重新收款"
    case .advice(.diskFull): "请清理磁盘空间后重新收款"
    case .advice(.notWritable): "请检查数据目录权限，重启后再收款"
    case .advice(.corrupt): "请联系管理员恢复数据库，暂用其他方式收款"
    case .advice(.unavailable): "请检查数据目录，重启后再收款"
    case .advice(.ioError): "请检查磁盘，稍后重新收款"
    }
  }
}
