import Foundation

/// Output formats of `pos-console classify`.
public enum ClassifyFormat: String, Sendable, CaseIterable {
  case text
  case json
}

/// Labelled lines of the classify report.
public enum ClassifyField: Sendable, CaseIterable {
  case wallet
  case rule
  case confidence
  case supported
  case verdict
  case reason
}

/// What `pos-console classify` prints and the exit status it ends with.
public struct ClassifyReport: Equatable, Sendable {
  /// The text to print on standard output.
  public var output: String
  /// 0 supported, 1 unsupported or unknown, 2 malformed input.
  public var exitCode: Int32

  /// The exit status for a verdict.
  public static func exitCode(for verdict: CodeVerdict) -> Int32 {
    switch verdict {
    case .supported: 0
    case .unsupported, .unknown: 1
    case .malformed: 2
    }
  }

  /// The report of `classification` in `format`; text labels in `language`.
  public static func make(
    _ classification: CodeClassification, format: ClassifyFormat, language: Language
  ) -> ClassifyReport {
    let code = exitCode(for: classification.verdict)
    switch format {
    case .text: return ClassifyReport(output: text(classification, language), exitCode: code)
    case .json: return ClassifyReport(output: json(classification, code), exitCode: code)
    }
  }

  private static func text(_ c: CodeClassification, _ language: Language) -> String {
    func label(_ field: ClassifyField) -> String {
      TerminalPhrase.classifyLabel(field).text(language)
    }
    let none = TerminalPhrase.noneText.text(language)
    let wallet = c.rule.map { "\($0.wallet(language)) (\($0.id))" } ?? none
    var lines = [
      label(.wallet) + wallet,
      label(.rule) + (c.rule?.describe(language) ?? none),
    ]
    if let rule = c.rule {
      lines.append(
        label(.confidence) + TerminalPhrase.confidenceName(rule.confidence).text(language))
    }
    lines += [
      label(.supported) + TerminalPhrase.yesNo(c.supported).text(language),
      label(.verdict) + TerminalPhrase.verdictName(c.verdict).text(language),
      label(.reason) + TerminalPhrase.codeReason(c.reason).text(language),
    ]
    return lines.joined(separator: "\n")
  }

  /// The JSON document: stable keys, reason in both languages.
  private struct Document: Encodable {
    var verdict: String
    var supported: Bool
    var wallet: String?
    var walletName: LocalizedText?
    var rule: String?
    var confidence: String?
    var reason: LocalizedText
    var exitCode: Int32
  }

  private static func json(_ c: CodeClassification, _ exitCode: Int32) -> String {
    let document = Document(
      verdict: c.verdict.rawValue, supported: c.supported, wallet: c.rule?.id,
      walletName: c.rule?.wallet, rule: c.rule?.describe(.en),
      confidence: c.rule?.confidence.rawValue,
      reason: LocalizedText(
        zh: TerminalPhrase.codeReason(c.reason).text(.zh),
        en: TerminalPhrase.codeReason(c.reason).text(.en)),
      exitCode: exitCode)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document), let text = String(data: data, encoding: .utf8)
    else { return "{}" }
    return text
  }
}
