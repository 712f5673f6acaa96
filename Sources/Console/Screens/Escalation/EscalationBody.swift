import Foundation
import Model

/// The scrolled text of each escalation pane, built from state alone so `update` can bound
/// scrolling and `view` can draw the same lines.
func escalationBody(_ session: EscalationSession, _ context: ScreenContext) -> [StyledLine] {
  let width = EscalationLayout.textWidth(context.body)
  switch session.pane {
  case .steps: return stepsBody(session, context, width: width)
  case .summary:
    let text = escalationHandOff(session, context).text(context.language, width: width)
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
      StyledLine(text: String($0))
    }
  case .lookup:
    return answerBody(session.lookup.answer, context.language, width: width, slip: false)
  case .slipCheck:
    return answerBody(session.slip.answer, context.language, width: width, slip: true)
  }
}

/// The case summary for the store, from the settings, the self-check and this screen's code-jumping check.
func escalationHandOff(_ session: EscalationSession, _ state: ScreenContext) -> CaseHandOff {
  CaseHandOff(
    settings: state.resources.settings, faults: state.faults,
    terminalSerial: state.resources.settings.serialNumber,
    report: session.context?.report,
    merchant: session.context?.storeMerchant, slipCheck: session.slipCheckResult,
    createdAt: session.context?.openedAt ?? Date(timeIntervalSince1970: 0))
}

/// The escalation plan the steps pane shows: the self-check's coverage and the store's status.
func escalationPlan(_ session: EscalationSession) -> EscalationPlan {
  EscalationPlan(
    coverage: EscalationCoverage(report: session.context?.report),
    merchantStatus: session.context?.storeMerchant?.status)
}

private func stepsBody(_ session: EscalationSession, _ state: ScreenContext, width: Int)
  -> [StyledLine]
{
  let language = state.language
  var lines: [StyledLine] = []
  if let context = session.context {
    if let report = context.report {
      lines += StyledLine.wrapped(
        UIMessage.escFromSession(symptom: report.symptomTitle(language))(language),
        width: width, role: .dim)
      if let verdict = report.verdict {
        lines += StyledLine.wrapped(
          UIMessage.escCause(verdict: verdict.title(language))(language),
          width: width, role: .dim)
      }
    } else {
      lines += StyledLine.wrapped(UIText.escNoSession(language), width: width, role: .notice)
    }
    // A hold or freeze is often the whole answer: say what it means before the steps.
    if let status = context.storeMerchant?.status, status != .normal {
      lines += StyledLine.wrapped(
        status.meaningForScanning(language), width: width, role: .warning)
    }
    for problem in context.problems {
      lines += StyledLine.wrapped(
        UIMessage.escProblem(problem)(language), width: width,
        role: .warning)
    }
  } else {
    lines.append(StyledLine(text: UIText.escLoading(language), role: .dim))
  }
  lines.append(StyledLine(text: UIText.escStepsTitle(language), role: .title))
  for (index, item) in escalationPlan(session).items.enumerated() {
    let mark = item.covered ? "[✓] " : "[ ] "
    lines += StyledLine.wrapped(
      mark + "\(index + 1). " + item.step.title(language), width: width,
      role: item.covered ? .success : .plain)
    lines += StyledLine.wrapped(
      "       " + item.step.detail(language), width: width, role: .dim)
  }
  return lines
}

private func answerBody(_ answer: LookupAnswer?, _ language: Language, width: Int, slip: Bool)
  -> [StyledLine]
{
  guard let answer else { return [] }
  switch answer {
  case .pending:
    return [StyledLine(text: UIText.lookupPending(language), role: .dim)]
  case .refused(let message):
    return StyledLine.wrapped(message(language), width: width, role: .error)
  case .unavailable(let reason, let detail):
    return StyledLine.wrapped(reason(language) + detail, width: width, role: .error)
  case .report(let report):
    guard slip, case .decoded(_, _, let check?) = report.outcome else {
      return report.text(language).split(separator: "\n").flatMap {
        StyledLine.labelled(String($0), width: width)
      }
    }
    var lines: [StyledLine] = []
    for (index, line) in check.lines(language).enumerated() {
      let role: StyleRole =
        switch index {
        case 0: .accent
        case 1: check.isMatch ? .success : .warning
        default: line.hasPrefix("  ✗") ? .error : .plain
        }
      lines += StyledLine.wrapped(line, width: width, role: role)
    }
    return lines
  }
}
