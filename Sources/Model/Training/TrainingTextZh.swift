/// Training's code texts in Chinese (the default).
enum TrainingTextZh {
  static func text(_ key: TrainingText) -> String {
    switch key {
    case .pinWeakness(let weakness):
      switch weakness {
      case .oneDigitRepeated: "同一个数字重复"
      case .straightRun: "连续数字"
      case .simulatorDefault: "模拟器自带或常见的密码"
      }
    case .pinRefused(let error): pinRefused(error)
    case .harmfulAction(let action):
      switch action {
      case .factoryResetBeforeBackup: "未结算就恢复出厂设置"
      case .updateOnWeakSignal: "信号弱时更新固件"
      case .repeatedPowerCycling: "反复重启"
      case .needlessCall: "柜台能解决的问题打了 95016"
      }
    case .deduction(let deduction): deducted(deduction) + "  -\(deduction.points)"
    case .noResultsYet: "还没有培训记录。\n"
    case .traineeLine(let trainee, let runs, let average, let best, let last):
      "学员 \(trainee)：\(runs) 次，平均 \(average)，最高 \(best)，最近 \(last)\n"
    case .scoresLabel: "  历次成绩 "
    case .harmfulLabel: "  有害操作："
    case .listSeparator: "，"
    }
  }

  private static func pinRefused(_ error: TrainerPINError) -> String {
    switch error {
    case .notDigits: "PIN 只能是数字 0-9"
    case .wrongLength(let n):
      "PIN 为 \(n) 位；请用 \(TrainerPINPolicy.minimumLength)-\(TrainerPINPolicy.maximumLength) 位数字"
    case .tooEasy(let weakness): "PIN 太容易被猜到（\(text(.pinWeakness(weakness)))），请换一个"
    case .entriesDiffer: "两次输入不一致，请输入相同的 PIN"
    case .storedHashUnusable: "保存的培训员 PIN 无法使用；请用 pos-console trainer set-pin 重新设置"
    }
  }

  private static func deducted(_ deduction: TrainingDeduction) -> String {
    switch deduction {
    case .wrongCause: "原因判断错误"
    case .stepsBeyondPar(let n, _): "超出标准步数 \(n) 步"
    case .timeBeyondPar(let s, _): "超出标准用时 \(s) 秒"
    case .hints(let n, _): "使用提示 \(n) 次"
    case .harmful(let action, _): text(.harmfulAction(action))
    }
  }
}
