import Foundation

/// One line of the running summary: a step on the path and how it was answered.
public struct GuideSummaryEntry: Equatable, Sendable {
  /// Position on the path (0-based), the index `GuideEngine.change(answerAt:to:)` takes.
  public var index: Int
  public var stepID: String
  /// The step's title, or its text when it has none.
  public var step: LocalizedText
  public var answer: LocalizedText
  public var answeredAt: Date
}

extension GuideEngine {
  /// Every answer on the path, for the summary panel and the report.
  public var summary: [GuideSummaryEntry] {
    path.enumerated().map { index, answer in
      let step = guide.step(answer.stepID)
      return GuideSummaryEntry(
        index: index, stepID: answer.stepID,
        step: step.map { $0.title ?? $0.text }
          ?? .data(zh: answer.stepID, en: answer.stepID),
        answer: Self.label(of: answer.response, on: step), answeredAt: answer.answeredAt)
    }
  }

  /// How an answer reads in a summary, in every language.
  static func label(of response: GuideResponse, on step: GuideStep?) -> LocalizedText {
    switch response {
    case .done:
      return LocalizedText(GuideText.answerDone)
    case .option(let index):
      let options = step?.kind.options ?? []
      guard options.indices.contains(index) else {
        return LocalizedText(GuideText.answerOption(number: index + 1))
      }
      return options[index].label
    case .input(let text, let route):
      return LocalizedText(GuideText.answerInput(text, route: route))
    case .fixed(let fixed):
      return LocalizedText(GuideText.answerFixed(fixed))
    case .handedOver:
      return LocalizedText(GuideText.answerHandedOver)
    }
  }
}
