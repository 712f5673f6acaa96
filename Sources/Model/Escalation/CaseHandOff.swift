import Foundation

/// The case summary handed to customer service (95016): everything the agent will ask for.
///
/// Built from plain values so the escalation screen can fill it from the self-check session,
/// the simulator's settings and the merchant directory; `text` renders it, `save` writes it.
public struct CaseHandOff: Equatable, Sendable {
  /// One check the cashier made, with its answer.
  public struct Check: Equatable, Sendable {
    public var step: LocalizedText
    public var answer: LocalizedText

    public init(step: LocalizedText, answer: LocalizedText) {
      self.step = step
      self.answer = answer
    }
  }

  public var merchantNumber: MerchantNumber?
  public var terminal: TerminalNumber?
  public var terminalSerial: String?
  public var firmwareVersion: String?
  /// The directory's record of the merchant, when found.
  public var merchant: MerchantRecord?
  /// What is wrong, in the cashier's words or the self-check's symptom.
  public var problem: LocalizedText
  public var checks: [Check]
  /// The cause the self-check arrived at, if any.
  public var cause: LocalizedText?
  public var slipCheck: SlipCheckResult?
  public var plan: EscalationPlan
  public var createdAt: Date

  public init(
    merchantNumber: MerchantNumber?, terminal: TerminalNumber?, terminalSerial: String?,
    firmwareVersion: String?, merchant: MerchantRecord?, problem: LocalizedText,
    checks: [Check], cause: LocalizedText?, slipCheck: SlipCheckResult?, plan: EscalationPlan,
    createdAt: Date
  ) {
    self.merchantNumber = merchantNumber
    self.terminal = terminal
    self.terminalSerial = terminalSerial
    self.firmwareVersion = firmwareVersion
    self.merchant = merchant
    self.problem = problem
    self.checks = checks
    self.cause = cause
    self.slipCheck = slipCheck
    self.plan = plan
    self.createdAt = createdAt
  }

  /// The customer-service number.
  public static let customerServiceNumber = "95016"

  /// The summary as text lines no wider than `width` display columns.
  public func text(_ language: Language, width: Int = 78, timeZone: TimeZone = .current) -> String {
    func words(_ key: CaseHandOffText) -> String { key(language) }
    let missing = words(.notKnown)
    var lines: [String] = []
    /// Adds `text` wrapped to the width; continuation lines hang under the text, after `marker`.
    func add(_ text: String, indent: String = "", marker: String = "") {
      let hanging = indent + String(repeating: " ", count: DisplayWidth.of(marker))
      let wrapped = TextLayout.wrap(text, width: max(10, width - DisplayWidth.of(hanging)))
      for (index, line) in wrapped.enumerated() {
        lines.append((index == 0 ? indent + marker : hanging) + line)
      }
    }
    let colon = words(.colon)
    add(words(.title) + "  " + Self.timestamp(createdAt, timeZone))
    add(words(.callLine))
    add(words(.merchantNumber) + (merchantNumber?.grouped ?? missing))
    if let merchant {
      add(words(.merchantName) + merchant.name)
      add(words(.status) + merchant.status.label(language))
      add(merchant.status.meaningForScanning(language), indent: "  ")
    } else if merchantNumber != nil {
      add(words(.merchantName) + words(.notInDirectory))
    }
    add(words(.terminal) + (terminal?.value ?? missing))
    add(words(.serial) + (terminalSerial ?? missing))
    add(words(.firmware) + (firmwareVersion ?? missing))
    add(words(.problem) + problem(language))
    if let cause { add(words(.cause) + cause(language)) }
    add(words(.checksDone) + (checks.isEmpty ? words(.noChecks) : ""))
    for check in checks {
      add(check.step(language) + colon + check.answer(language), indent: "  ", marker: "- ")
    }
    if let slipCheck {
      add(words(.slipCheck) + slipCheck.summary(language))
      for mismatch in slipCheck.mismatches {
        add(mismatch.explanation(language), indent: "  ", marker: "- ")
      }
    }
    add(words(.agentWillAsk))
    for (index, question) in CaseHandOffText.questions(language).enumerated() {
      add(question, indent: "  ", marker: "\(index + 1). ")
    }
    add(words(.stepsTitle))
    for item in plan.items {
      add(item.step.title(language), indent: "  ", marker: item.covered ? "[✓] " : "[ ] ")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The file name the summary is saved under, e.g. `case-20261128-225100.txt`.
  public func fileName(timeZone: TimeZone = .current) -> String {
    let parts = Self.components(createdAt, timeZone)
    return String(
      format: "case-%04d%02d%02d-%02d%02d%02d.txt", parts.year ?? 0, parts.month ?? 0,
      parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  }

  /// Writes the summary into `directory` (explicit, e.g. the data dir) and returns the file's path.
  public func save(
    inDirectory directory: String, language: Language, timeZone: TimeZone = .current
  ) throws(CaseHandOffError) -> String {
    let path = URL(fileURLWithPath: directory).appendingPathComponent(fileName(timeZone: timeZone))
      .path
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
      try Data(text(language, timeZone: timeZone).utf8).write(
        to: URL(fileURLWithPath: path), options: .atomic)
      // The case names the merchant: owner-only, whatever the process umask.
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    } catch {
      throw CaseHandOffError(path: path, reason: error.localizedDescription)
    }
    return path
  }

  private static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
  }

  private static func timestamp(_ date: Date, _ timeZone: TimeZone) -> String {
    let parts = components(date, timeZone)
    return String(
      format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
      parts.hour ?? 0, parts.minute ?? 0)
  }
}

/// The case summary could not be written.
public struct CaseHandOffError: Error, Equatable, Sendable {
  public let path: String
  public let reason: String

  /// What went wrong and what to do.
  public func message(_ language: Language) -> String {
    CaseHandOffText.saveFailed(path: path, reason: reason)(language)
  }
}
