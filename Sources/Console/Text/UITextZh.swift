/// 界面文字（简体中文，默认语言）。
enum UITextZh {
  static let table: [UIText: String] = [
    .appTitle: "PosConsole 拉卡拉电签助手",
    .appSubtitle: "终端模拟 · 扫码自检 · 客服升级 · 培训",
    .homeHint: "扫不了码？按 4 开始自检。",
    .entryScan: "扫码收款",
    .entryScanInfo: "在模拟终端上扫顾客付款码",
    .entryCard: "刷卡消费",
    .entryCardInfo: "刷卡/插卡/挥卡、密码、签名",
    .entryVoid: "撤销/退货",
    .entryVoidInfo: "当天撤销，结算后退货",
    .entrySelfCheck: "扫码自检",
    .entrySelfCheckInfo: "一步步找出扫不了码的原因",
    .entryEscalation: "客服与升级",
    .entryEscalationInfo: "拨打 95016，商户号查询",
    .entryTraining: "培训模式",
    .entryTrainingInfo: "培训员：故障演练与评分",
    .entryManagement: "管理",
    .entryManagementInfo: "版本、权限、商户信息、网络",
    .entryExit: "退出",
    .entryExitInfo: "关闭 PosConsole",
    .languageName: "中文",
    .keyChoose: "选择",
    .keyMove: "移动",
    .keyOpen: "打开",
    .keyBack: "返回",
    .keyHelp: "帮助",
    .keyQuit: "退出",
    .keyLanguage: "English",
    .notBuiltTitle: "尚未完成",
    .notBuiltBody: "这一项还在开发中，现在还不能使用。这里不会显示任何假结果。",
    .notBuiltPlan: "完成后它将提供：",
    .helpTitle: "按键说明",
    .helpBody: """
    数字 0-9    选择菜单项、输入金额和号码
    Enter       确认（终端上的「确认」键）
    Esc         取消 / 返回（终端上的「取消」键）
    Backspace   清除（终端上的「清除」键）
    ↑ ↓ ← →     移动选择
    Tab         下一个区域
    F1 或 ?     显示本帮助
    L           切换中文 / English（主菜单）
    q           在主菜单退出
    """,
    .helpClose: "按 Esc 关闭帮助",
    .tooSmallTitle: "终端窗口太小",
    .tooSmallBody: "当前 %1，至少需要 60x20。请放大窗口，或按 q 退出。",
    .asciiFallback: "No UTF-8 locale: ASCII only (Chinese cannot be shown). Set LANG=C.UTF-8.",
    .trainingBar: "培训模式 · 非真实交易",
    .terminalBrand: "拉卡拉 电签 POS",
    .terminalLegendTitle: "按键",
    .terminalLegendDigits: "数字；. 输入角分",
    .terminalLegendCards: "刷卡 / 插卡 / 挥卡",
    .terminalLegendCodeKey: "码+Enter",
    .terminalLegendCode: "扫码枪输入或粘贴付款码",
    .terminalLegendArrows: "签名书写，列表选择",
    .terminalLegendPen: "签名时抬笔/落笔",
    .terminalLegendHome: "返回主页",
    .terminalPenUp: "笔：抬起（空格落笔）",
    .terminalPenDown: "笔：落下（空格抬笔）",
    .terminalChoiceHint: "1 撤销（当批次）  2 退货（已结算）",
    .terminalNoCodesTitle: "模拟终端无法启动",
    .terminalNoCodesBody: "付款码规则表（data/payment-codes.toml）未能载入。请检查下面的问题后重新启动 PosConsole。",
    .terminalStoreProblem: "交易未能保存：",
    .terminalSlipTitle: "签购单",
    .keyHome: "主页",
  ]
}
