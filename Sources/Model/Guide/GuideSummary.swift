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
          ?? LocalizedText(zh: answer.stepID, en: answer.stepID),
        answer: Self.label(of: answer.response, on: step), answeredAt: answer.answeredAt)
    }
  }

  /// How an answer reads in a summary, in every language.
  static func label(of response: GuideResponse, on step: GuideStep?) -> LocalizedText {
    switch response {
    case .done:
      return LocalizedText(zh: "已完成", en: "Done")
    case .option(let index):
      let options = step?.kind.options ?? []
      guard options.indices.contains(index) else {
        return LocalizedText(zh: "选项 \(index + 1)", en: "Option \(index + 1)")
      }
      return options[index].label
    case .input(let text, let route):
      return LocalizedText(zh: "\(text)（\(route.label.zh)）", en: "\(text) (\(route.label.en))")
    case .fixed(true):
      return LocalizedText(zh: "解决了", en: "Fixed")
    case .fixed(false):
      return LocalizedText(zh: "没解决", en: "Not fixed")
    case .handedOver:
      return LocalizedText(zh: "已转交客服", en: "Handed over")
    }
  }
}
