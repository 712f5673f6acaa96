/// Training's code texts in English.
enum TrainingTextEn {
  static func text(_ key: TrainingText) -> String {
    switch key {
    case .pinWeakness(let weakness):
      switch weakness {
      case .oneDigitRepeated: "one digit repeated"
      case .straightRun: "a straight run of digits"
      case .simulatorDefault: "a password the simulator uses or a common one"
      }
    case .pinRefused(let error): pinRefused(error)
    case .harmfulAction(let action):
      switch action {
      case .factoryResetBeforeBackup: "Factory reset before settling"
      case .updateOnWeakSignal: "Firmware update on a weak signal"
      case .repeatedPowerCycling: "Repeated power cycling"
      case .needlessCall: "Called 95016 for what the counter fixes"
      }
    case .deduction(let deduction): deducted(deduction) + "  -\(deduction.points)"
    case .noResultsYet: "No training results yet.\n"
    case .traineeLine(let trainee, let runs, let average, let best, let last):
      "Trainee \(trainee): \(runs) runs, average \(average), best \(best), last \(last)\n"
    case .scoresLabel: "  scores "
    case .harmfulLabel: "  harmful: "
    case .listSeparator: ", "
    }
  }

  private static func pinRefused(_ error: TrainerPINError) -> String {
    switch error {
    case .notDigits: "the PIN must be digits 0-9 only"
    case .wrongLength(let n):
      "the PIN has \(n) digits; use \(TrainerPINPolicy.minimumLength) to \(TrainerPINPolicy.maximumLength)"
    case .tooEasy(let weakness):
      "the PIN is too easy to guess (\(text(.pinWeakness(weakness)))); choose another"
    case .entriesDiffer: "the two entries differ; type the same PIN twice"
    case .storedHashUnusable(let why):
      "the stored trainer PIN cannot be used (\(why)); set it again with `pos-console trainer set-pin`"
    }
  }

  private static func deducted(_ deduction: TrainingDeduction) -> String {
    switch deduction {
    case .wrongCause: "Wrong cause"
    case .stepsBeyondPar(let n, _): "\(n) steps beyond par"
    case .timeBeyondPar(let s, _): "\(s) s beyond par"
    case .hints(let n, _): "\(n) hints used"
    case .harmful(let action, _): text(.harmfulAction(action))
    }
  }
}
