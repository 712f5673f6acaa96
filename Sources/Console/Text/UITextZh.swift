import Model

/// 界面文字（简体中文，默认语言）：每个键一行，编译器检查不缺不漏。
enum UITextZh {
  static func text(_ key: UIText) -> String {
    switch key {
    case .appTitle:
      "PosConsole 拉卡拉电签助手"
    case .appSubtitle:
      "终端模拟 · 扫码自检 · 客服升级 · 培训"
    case .homeHint:
      "扫不了码？按 4 开始自检。"
    case .homeResumeHint:
      "上次的扫码自检没做完：按 4 从停下的那一步接着做。"
    case .entryScan:
      "扫码收款"
    case .entryScanInfo:
      "在模拟终端上扫顾客付款码"
    case .entryCard:
      "刷卡消费"
    case .entryCardInfo:
      "刷卡/插卡/挥卡、密码、签名"
    case .entryVoid:
      "撤销/退货"
    case .entryVoidInfo:
      "当天撤销，结算后退货"
    case .entrySelfCheck:
      "扫码自检"
    case .entrySelfCheckInfo:
      "一步步找出扫不了码的原因"
    case .entryEscalation:
      "客服与升级"
    case .entryEscalationInfo:
      "拨打 95016，商户号查询"
    case .entryTraining:
      "培训模式"
    case .entryTrainingInfo:
      "培训员：故障演练与评分"
    case .entryManagement:
      "管理"
    case .entryManagementInfo:
      "版本、权限、商户信息、网络"
    case .entryRecords:
      "记录与跟进"
    case .entryRecordsInfo:
      "未结案件、日常维护、该换的终端"
    case .keyTick:
      "打勾"
    case .keyTicket:
      "工单号"
    case .keyOutcome:
      "记结果"
    case .entryExit:
      "退出"
    case .entryExitInfo:
      "关闭 PosConsole"
    case .languageName:
      "中文"
    case .keyChoose:
      "选择"
    case .keyMove:
      "移动"
    case .keyOpen:
      "打开"
    case .keyBack:
      "返回"
    case .keyHelp:
      "帮助"
    case .keyQuit:
      "退出"
    case .keyLanguage:
      "English"
    case .helpTitle:
      "按键说明"
    case .helpBody:
      """
      数字 0-9    选择菜单项、输入金额和号码
      Enter       确认（终端上的「确认」键）
      Esc         取消 / 返回（终端上的「取消」键）
      Backspace   清除（终端上的「清除」键）
      ↑ ↓ ← →     移动选择
      Tab         下一个区域
      F1 或 ?     显示本帮助
      L           切换中文 / English（主菜单）
      q           在主菜单退出
      """
    case .helpClose:
      "按 Esc 关闭帮助"
    case .tooSmallTitle:
      "终端窗口太小"
    case .asciiFallback:
      "No UTF-8 locale: ASCII only (Chinese cannot be shown). Set LANG=C.UTF-8."
    case .escCallTitle:
      "客服热线"
    case .escCallNumber:
      "☎ 拨打 95016"
    case .escCallReady:
      "拨打前准备好下面的号码"
    case .escMerchantNumber:
      "商户号"
    case .escTerminalNumber:
      "终端号"
    case .escSerial:
      "机身序列号"
    case .escFirmware:
      "固件版本"
    case .escStepsTitle:
      "处理步骤（✓ = 自检中已做）"
    case .escLoading:
      "正在读取最近的自检记录…"
    case .escNoSession:
      "还没有做过扫码自检：先回首页按 4 自检，客服会问检查结果。"
    case .escMenu:
      "1 查商户号  2 跳码核对  3 查看交接单  4 保存交接单"
    case .escSaved:
      "交接单已保存到："
    case .escSummaryTitle:
      "客服交接单"
    case .escNoDatabase:
      "数据库未打开，无法查商户目录："
    case .escDirectoryFailed:
      "查商户目录出错："
    case .escNoTables:
      "商户代码表（data/acquirers.toml、regions.toml、mcc.toml）未能加载，无法解码："
    case .lookupTitle:
      "商户号查询"
    case .lookupPrompt:
      "输入签购单上的 15 位商户号，按 Enter 查询（可用空格、短横线分隔；全角数字按半角读）"
    case .lookupField:
      "商户号"
    case .lookupPending:
      "正在查询…"
    case .slipTitle:
      "跳码核对"
    case .slipPrompt:
      "对照最近一张签购单：输入签购单上印的商户号（终端号可不填），按 Enter 与登记的商户号逐项比对。"
    case .slipRegistered:
      "登记商户号"
    case .slipOnSlip:
      "签购单商户号"
    case .slipTerminal:
      "签购单终端号（可选）"
    case .keyScroll:
      "滚动"
    case .keyLookUp:
      "查询"
    case .keyCheck:
      "比对"
    case .keyDelete:
      "删除"
    case .keyNextField:
      "切换"
    case .keySave:
      "保存"
    case .selfCheckResumeTitle:
      "有一次自检还没做完"
    case .selfCheckResume:
      "接着做上次的自检"
    case .selfCheckStartOver:
      "重新开始"
    case .selfCheckChooseSymptom:
      "现在是哪种情况？"
    case .selfCheckNoGuide:
      "自检指南没有载入，现在无法自检："
    case .selfCheckInstructionHint:
      "做完后按 Enter。"
    case .selfCheckOnTerminal:
      "在终端上按："
    case .selfCheckExpect:
      "应看到："
    case .selfCheckInputHint:
      "输入后按 Enter 确认；Backspace 删除。"
    case .selfCheckFix:
      "怎么办："
    case .selfCheckFixedQuestion:
      "这样解决了吗？"
    case .selfCheckFixedYes:
      "解决了"
    case .selfCheckFixedNo:
      "没解决"
    case .selfCheckEscalateHint:
      "按 Enter 把情况和已检查的内容转给客服。"
    case .selfCheckSummaryTitle:
      "已回答（按数字或 ↑↓ 再 Enter 修改）"
    case .selfCheckSummaryEmpty:
      "还没有回答。"
    case .selfCheckChangeCurrent:
      "现在的回答："
    case .selfCheckChangeNotPossible:
      "这一步只需确认已做完，没有别的回答可选。按 Esc 返回。"
    case .selfCheckNoJudge:
      "付款码表没有载入，无法判断付款码。请按 Esc 返回，选别的回答。"
    case .selfCheckReportTitle:
      "自检结果"
    case .selfCheckKeySummary:
      "回答摘要"
    case .selfCheckKeyChange:
      "修改"
    case .selfCheckKeyConfirm:
      "确认"
    case .selfCheckKeyDone:
      "做完了"
    case .selfCheckKeyScroll:
      "滚动"
    case .selfCheckKeyHome:
      "回主菜单"
    case .selfCheckKeyDelete:
      "删除"
    case .selfCheckKeyHandOver:
      "转给客服"
    case .terminalBrand:
      "拉卡拉 电签 POS"
    case .terminalLegendTitle:
      "按键"
    case .terminalLegendDigits:
      "数字；小数点机型用 ."
    case .terminalLegendCards:
      "刷卡 / 插卡 / 挥卡"
    case .terminalLegendCodeKey:
      "码+Enter"
    case .terminalLegendCode:
      "扫码枪输入或粘贴付款码"
    case .terminalLegendArrows:
      "签名书写，列表选择"
    case .terminalLegendCustomer:
      "顾客在手机上输入钱包密码"
    case .terminalLegendPen:
      "签名时抬笔/落笔"
    case .terminalLegendHome:
      "返回主页"
    case .terminalPenUp:
      "笔：抬起（空格落笔）"
    case .terminalPenDown:
      "笔：落下（空格抬笔）"
    case .terminalChoiceHint:
      "1 消费撤销（当批次）  2 退货（已结算）"
    case .terminalNoCodesTitle:
      "模拟终端无法启动"
    case .terminalNoCodesBody:
      "付款码规则表（data/payment-codes.toml）未能载入。请检查下面的问题后重新启动 PosConsole。"
    case .terminalStoreProblem:
      "交易未能保存："
    case .terminalSlipTitle:
      "签购单"
    case .keyHome:
      "主页"
    case .trainingBar:
      "TRAINING 培训模式 · 非真实交易"
    case .trainingQuitBlocked:
      "培训模式中不能直接退出：按 6，输入培训员 PIN 退出培训后再退出。"
    case .trainingTitle:
      "培训模式"
    case .trainingPINEnter:
      "请输入培训员 PIN 进入培训模式"
    case .trainingPINLeave:
      "请输入培训员 PIN 退出培训模式"
    case .trainingPINSetNew:
      "首次使用：请设置培训员 PIN（\(TrainerPINPolicy.lengthText) 位数字）"
    case .trainingPINConfirm:
      "请再输入一次新的 PIN"
    case .trainingPINsDiffer:
      "两次输入不一致，请重新设置"
    case .trainingNoDatabase:
      "无法打开数据库，培训记录不可用"
    case .trainingNoScenarios:
      "没有可用的培训场景（guides/scenarios）"
    case .trainingSaveFailed:
      "成绩未能保存"
    case .trainingMenuRun:
      "开始练习：选择学员和场景"
    case .trainingMenuSeries:
      "随机练习一组场景"
    case .trainingMenuPractice:
      "自由练习：选择故障"
    case .trainingMenuReport:
      "成绩报告"
    case .trainingMenuLeave:
      "退出培训模式（需 PIN）"
    case .trainingTraineePrompt:
      "学员姓名或工号："
    case .trainingScenarioPrompt:
      "选择场景："
    case .trainingPracticePrompt:
      "空格选择故障，Enter 开始自由练习："
    case .trainingHintLabel:
      "提示"
    case .trainingDeclarePrompt:
      "申报原因："
    case .trainingResultRight:
      "原因正确"
    case .trainingResultWrong:
      "原因错误"
    case .trainingResultCause:
      "正确原因："
    case .trainingResultFix:
      "处理："
    case .trainingResultPath:
      "正确路径："
    case .trainingReportEmpty:
      "还没有培训记录。"
    case .trainingReportTopics:
      "按主题"
    case .keyConfirm:
      "确认"
    case .keyClear:
      "清除"
    case .keyHint:
      "提示"
    case .keyDeclare:
      "申报原因"
    case .keyToggle:
      "选择"
    case .keyStart:
      "开始"
    case .keyNext:
      "继续"
    case .keyType:
      "输入"
    case .terminalKeyConfirm:
      TerminalPhrase.keyLabel(.confirm).text(.zh)
    case .terminalKeyCancel:
      TerminalPhrase.keyLabel(.cancel).text(.zh)
    case .terminalKeyClear:
      TerminalPhrase.keyLabel(.clear).text(.zh)
    case .terminalKeyFunction:
      TerminalPhrase.keyLabel(.function).text(.zh)
    case .terminalKeyDigits:
      TerminalPhrase.keyLabel(.digits).text(.zh)
    case .terminalKeyPen:
      "抬笔/落笔"
    case .terminalKeyCard:
      "刷卡/插卡/挥卡"
    case .trainingKeyPIN:
      "PIN"
    case .trainingPINChecking:
      "正在核对 PIN，请稍候…（Esc 返回）"
    case .keyLook:
      "看一看"
    case .keyAct:
      "动手"
    case .counterLookTitle:
      "看一看（F3）"
    case .counterActTitle:
      "动手做（F4）"
    case .trainingReportHarm:
      "有害操作："
    case .counterUpdateFailed:
      "终端显示：固件下载失败，连接服务器超时。"
    case .listSeparator:
      "、"
    case .dataDirectoryMissing:
      "pos-console：没有数据目录：HOME、XDG_DATA_HOME 和 POS_CONSOLE_DATA 都未设置。"
        + "请用 --data-dir 目录 指定，或设置其中之一。未写入任何文件。"
    }
  }

  static func text(_ message: UIMessage) -> String {
    switch message {
    case .tooSmallBody(let size):
      "当前 \(size)，至少需要 60x20。请放大窗口，或按 q 退出。"
    case .escFromSession(let symptom):
      "最近一次自检：\(symptom)"
    case .escCause(let verdict):
      "自检结论：\(verdict)"
    case .escProblem(let problem):
      "未能读取：\(problem)"
    case .selfCheckResumeBody(let symptom, let answered):
      "情况：\(symptom)。已回答 \(answered) 步，可以从停下的那一步接着做。"
    case .selfCheckProgress(let step, let topics):
      "第 \(step) 步 · \(topics)"
    case .selfCheckChangeTitle(let step):
      "修改第 \(step) 步的回答"
    case .selfCheckReplyRefused(let detail):
      "这个回答不适用于这一步（\(detail)）。"
    case .selfCheckSaveFailed(let problem):
      "没能保存：\(problem)。请告诉店长。"
    case .selfCheckDropped(let count):
      "指南更新过，\(count) 个旧回答已不适用，从这一步重新问。"
    case .trainingPINWrong(let triesLeft):
      "PIN 错误，还可以再试 \(triesLeft) 次"
    case .trainingPINLocked(let minutes):
      "错误次数过多，培训模式已锁定，约 \(minutes) 分钟后再试"
    case .trainingRunIntro(let trainee, let presents):
      "学员 \(trainee)：顾客出示的是 \(presents)。请在模拟终端上操作并做扫码自检，找出原因后按 D 申报。"
    case .trainingRunPar(let steps, let seconds):
      "标准：\(steps) 步，\(seconds) 秒"
    case .trainingResultScore(let points):
      "得分 \(points) / 100"
    case .trainingCard(let mode):
      "银行卡（\(mode)）"
    case .counterLookName(let observation):
      CounterTextZh.lookName(observation)
    case .counterSaw(let what, let sight):
      "\(what)：\(sight)"
    case .counterDid(let action):
      "已做：\(action)。再试一次看看。"
    case .trainingCauseFound(let remaining):
      "原因对了，已按它处理。终端还有问题：还有 \(remaining) 个原因没找到，接着查。"
    case .fieldRefused(let label, let problem):
      "\(label)：\(problem)"
    }
  }
}
