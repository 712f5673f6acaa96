/// Judges payment codes for a guide's input step with the simulator's classifier, so the
/// self-check and the simulator never disagree about a code.
public struct PaymentCodeTableJudge: PaymentCodeJudging {
  public let table: PaymentCodeTable

  public init(table: PaymentCodeTable) {
    self.table = table
  }

  public func judge(_ code: String) -> PaymentCodeJudgement {
    let classification = table.classify(code)
    let reason = LocalizedText(
      zh: TerminalPhrase.codeReason(classification.reason).text(.zh),
      en: TerminalPhrase.codeReason(classification.reason).text(.en))
    switch classification.verdict {
    case .supported:
      return .supported(wallet: classification.rule?.wallet ?? reason)
    case .unsupported: return .unsupported(reason: reason)
    case .unknown: return .unknown
    case .malformed: return .malformed(reason: reason)
    }
  }
}
