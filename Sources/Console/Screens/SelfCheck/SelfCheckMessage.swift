import Model

/// The line the self-check shows under its body, kept as what happened rather than as
/// words, so `L` redraws it in the other language.
enum SelfCheckMessage: Equatable, Sendable {
  case saveFailed(problem: String)
  /// Answers dropped on resume because the guide changed since.
  case dropped(count: Int)
  /// The engine refused a reply, a resume or a start.
  case refused(GuideEngineError)
  /// Another failure, as it describes itself.
  case failed(String)

  init(_ error: any Error) {
    if let error = error as? GuideEngineError {
      self = .refused(error)
    } else {
      self = .failed("\(error)")
    }
  }

  /// Why, in words for the cashier.
  func text(_ language: Language) -> String {
    switch self {
    case .saveFailed(let problem): UIMessage.selfCheckSaveFailed(problem: problem)(language)
    case .dropped(let count): UIMessage.selfCheckDropped(count: count)(language)
    case .failed(let detail): detail
    case .refused(let error):
      switch error {
      case .invalidInput(_, let reason): reason(language)
      case .noPaymentCodeJudge: UIText.selfCheckNoJudge(language)
      case .unknownSymptom(let id), .missingStep(let id), .replyDoesNotFit(let id, _),
        .optionOutOfRange(let id, _, _):
        UIMessage.selfCheckReplyRefused(detail: id)(language)
      case .sessionFinished, .noSuchAnswer:
        UIMessage.selfCheckReplyRefused(detail: "\(error)")(language)
      }
    }
  }
}
