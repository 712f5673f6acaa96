/// Every text of training written in code (scenarios are data), by meaning; the words live
/// in one table per language (`TrainingTextZh`, `TrainingTextEn`).
public enum TrainingText: TextKey, Equatable {
  case pinWeakness(TrainerPINWeakness)
  case pinRefused(TrainerPINError)
  case harmfulAction(HarmfulAction)
  case deduction(TrainingDeduction)
  // The report
  case noResultsYet
  case traineeLine(trainee: String, runs: Int, average: Int, best: Int, last: Int)
  case scoresLabel
  case harmfulLabel
  case listSeparator

  public func text(_ language: Language) -> String {
    switch language {
    case .zh: TrainingTextZh.text(self)
    case .en: TrainingTextEn.text(self)
    }
  }
}
