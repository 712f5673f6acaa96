/// The validator's messages; the words live in one table per language (`GuideIssueTextZh`,
/// `GuideIssueTextEn`).
extension GuideIssueKind: TextKey {
  /// What is wrong and what to do about it.
  public func message(_ language: Language) -> String { text(language) }

  public func text(_ language: Language) -> String {
    switch language {
    case .zh: GuideIssueTextZh.text(self)
    case .en: GuideIssueTextEn.text(self)
    }
  }
}
