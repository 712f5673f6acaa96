import Foundation

/// `RecordsStats` for a person (text with bars and sparklines), a program (JSON, snake_case
/// keys) or a spreadsheet (CSV, one figure a row). Start and verdict names come from the guide,
/// so the owner reads what the cashier read.
public struct RecordsStatsReport: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    case text
    case json
    case csv
  }

  public var language: Language
  /// Start titles by symptom and verdict titles by step ID, from the guide.
  public var startTitles: [String: LocalizedText]
  public var stepTitles: [String: LocalizedText]

  public init(
    language: Language, startTitles: [String: LocalizedText] = [:],
    stepTitles: [String: LocalizedText] = [:]
  ) {
    self.language = language
    self.startTitles = startTitles
    self.stepTitles = stepTitles
  }

  /// The names a report reads from `guide`.
  public init(language: Language, guide: Guide?) {
    var starts: [String: LocalizedText] = [:]
    var steps: [String: LocalizedText] = [:]
    for start in guide?.starts ?? [] { starts[start.symptom] = start.title }
    for step in guide?.steps ?? [] { steps[step.id] = step.title ?? step.text }
    self.init(language: language, startTitles: starts, stepTitles: steps)
  }

  public func render(_ stats: RecordsStats, format: Format) -> String {
    switch format {
    case .text: text(stats)
    case .json: json(stats)
    case .csv: csv(stats)
    }
  }

  private func say(_ text: RecordsText) -> String { text(language) }
  private func start(_ id: String) -> String { startTitles[id]?(language) ?? id }
  /// A step's name, cut to a line's part: a question's whole text can be a paragraph.
  private func step(_ id: String) -> String {
    TextLayout.truncate(stepTitles[id]?(language) ?? id, to: 36)
  }

  func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    if whole >= 86_400 {
      return say(.daysHours(days: whole / 86_400, hours: whole % 86_400 / 3_600))
    }
    return say(.minutesSeconds(minutes: whole / 60, seconds: whole % 60))
  }

  static func day(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  private func text(_ stats: RecordsStats) -> String {
    var lines: [String] = []
    let period: String =
      switch (stats.since, stats.until) {
      case (nil, nil): say(.allTime)
      case (let from, let to):
        say(.period(from: from.map(Self.day) ?? "…", to: to.map(Self.day) ?? "…"))
      }
    lines.append(say(.heading(sessions: stats.sessions, period: period)))
    lines.append("")
    lines.append(say(.resultsPerStart))
    let nameWidth = stats.starts.map { DisplayWidth.of(start($0.start)) }.max() ?? 0
    for result in stats.starts {
      let parts: [(RecordsText, Int)] = [
        (.resolved, result.resolved), (.escalated, result.escalated),
        (.abandoned, result.abandoned), (.notResolved, result.notResolved), (.open, result.open),
      ]
      let counts = parts.filter { $0.1 > 0 }.map { "\(say($0.0)) \($0.1)" }
        .joined(separator: " · ")
      lines.append(
        "  " + TextLayout.pad(start(result.start), to: nameWidth) + "  "
          + Bars.stacked(
            [
              result.resolved, result.escalated + result.notResolved,
              result.abandoned + result.open,
            ], total: result.total, width: 20)
          + "  " + counts)
      if let median = result.medianSeconds, let p90 = result.p90Seconds {
        lines.append(
          "    " + say(.timeToFix(median: duration(median), p90: duration(p90))) + "  "
            + say(.weekly) + " " + Bars.sparkline(result.weeklyMedians))
      } else {
        lines.append("    " + say(.noTimeToFix))
      }
    }
    lines.append("")
    lines.append(say(.whereSessionsEnd))
    lines += tallies(stats.endings.prefix(5))
    lines.append("")
    lines.append(say(.commonVerdicts))
    lines += tallies(stats.verdicts.prefix(8))
    lines.append("")
    lines.append(say(.perGuideVersion))
    for version in stats.guideVersions {
      let percent = version.sessions == 0 ? 0 : version.resolved * 100 / version.sessions
      lines.append(
        "  \(version.version.isEmpty ? say(.unversioned) : version.version)  "
          + say(.versionLine(sessions: version.sessions, resolvedPercent: percent)))
    }
    lines.append("")
    lines.append(say(.perTerminal))
    for terminal in stats.terminals.prefix(20) {
      let causes = terminal.causes.prefix(3).map { "\(step($0.name)) \($0.count)" }
        .joined(separator: say(.listSeparator))
      lines.append("  \(terminal.terminal)  \(causes.isEmpty ? say(.none) : causes)")
      if terminal.flagged {
        lines.append(
          "    "
            + say(
              .askForReplacement(
                hardware: terminal.hardwareLast30Days, terminal: terminal.terminal,
                merchant: terminal.merchantNumber)))
      }
    }
    lines.append("")
    lines.append(say(.perOperator))
    for person in stats.operators.prefix(20) {
      var line =
        "  \(person.operatorID)  "
        + say(.operatorLine(abandoned: person.abandoned, wrongStarts: person.wrongStarts))
      if !person.practise.isEmpty {
        line += "  " + say(.practise(person.practise.prefix(3).joined(separator: ", ")))
      }
      lines.append(line)
    }
    lines.append("")
    let cases = stats.openCases
    lines.append(
      say(
        .openCases(
          total: cases.total, underADay: cases.underADay, oneToSeven: cases.oneToSevenDays,
          overAWeek: cases.overAWeek)))
    if let oldest = cases.oldestSeconds {
      lines.append("  " + say(.oldestOpen(duration(Double(oldest)))))
    }
    lines.append("")
    lines.append(say(.care))
    for item in stats.care {
      lines.append(
        "  " + say(.careItem(item.item)) + "  "
          + say(.careLine(done: item.done, missed: item.missed)))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func tallies(_ tallies: ArraySlice<RecordsStats.Tally>) -> [String] {
    guard let most = tallies.map(\.count).max() else { return ["  " + say(.none)] }
    let width = tallies.map { DisplayWidth.of(step($0.name)) }.max() ?? 0
    return tallies.map {
      "  " + TextLayout.pad(step($0.name), to: width) + "  "
        + Bars.single($0.count, of: most, width: 20)
        + " \($0.count)"
    }
  }

  private func json(_ stats: RecordsStats) -> String {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    guard let data = try? encoder.encode(stats) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// One figure a row: section, name, metric, value.
  private func csv(_ stats: RecordsStats) -> String {
    var rows: [[String]] = [["section", "name", "metric", "value"]]
    for result in stats.starts {
      for (metric, value) in [
        ("resolved", result.resolved), ("escalated", result.escalated),
        ("abandoned", result.abandoned), ("not_resolved", result.notResolved),
        ("open", result.open),
      ] {
        rows.append(["start", result.start, metric, String(value)])
      }
      if let median = result.medianSeconds {
        rows.append(["start", result.start, "median_seconds", String(median)])
      }
      if let p90 = result.p90Seconds {
        rows.append(["start", result.start, "p90_seconds", String(p90)])
      }
    }
    for tally in stats.endings {
      rows.append(["ending", tally.name, "sessions", String(tally.count)])
    }
    for tally in stats.verdicts {
      rows.append(["verdict", tally.name, "sessions", String(tally.count)])
    }
    for version in stats.guideVersions {
      rows.append(["guide_version", version.version, "sessions", String(version.sessions)])
      rows.append(["guide_version", version.version, "resolved", String(version.resolved)])
    }
    for terminal in stats.terminals {
      rows.append([
        "terminal", terminal.terminal, "hardware_30_days", String(terminal.hardwareLast30Days),
      ])
      rows.append(["terminal", terminal.terminal, "flagged", terminal.flagged ? "1" : "0"])
    }
    for person in stats.operators {
      rows.append(["operator", person.operatorID, "abandoned", String(person.abandoned)])
      rows.append(["operator", person.operatorID, "wrong_starts", String(person.wrongStarts)])
    }
    rows.append(["open_cases", "", "total", String(stats.openCases.total)])
    for item in stats.care {
      rows.append(["care", item.item.rawValue, "done", String(item.done)])
      rows.append(["care", item.item.rawValue, "missed", String(item.missed)])
    }
    return rows.map { RecordsCSV.line($0.map(RecordsCSV.guarded)) }.joined(separator: "\n") + "\n"
  }
}
