/// What `pos-console terminal validate` reports for some profile files: every finding
/// with file:line, and the exit code (0 clean, 1 findings, 2 a file could not be read).
public struct TerminalProfileValidation: Equatable, Sendable {
  public var findings: [TerminalProfileFinding] = []
  public var unreadable: [String] = []
  public var checked: [String] = []

  /// The report for files already read: `(path, text or nil when unreadable)`.
  public init(files: [(path: String, text: String?)]) {
    for (path, text) in files {
      guard let text else {
        unreadable.append("\(path): cannot read the file; check the path")
        continue
      }
      checked.append(path)
      if case .failure(.invalid(let found)) = TerminalProfile.read(toml: text, file: path) {
        findings += found
      }
    }
  }

  public var exitCode: Int32 {
    if !unreadable.isEmpty { return 2 }
    return findings.isEmpty ? 0 : 1
  }

  /// One line per problem, then a summary line.
  public func text(_ language: Language) -> String {
    var lines = unreadable + findings.map(\.description)
    let summary: LocalizedText
    if exitCode == 0 {
      summary = LocalizedText(
        zh: "终端配置检查通过（\(checked.count) 个文件）",
        en: "terminal profiles OK (\(checked.count) file\(checked.count == 1 ? "" : "s"))")
    } else {
      summary = LocalizedText(
        zh: "发现 \(findings.count) 个问题，\(unreadable.count) 个文件无法读取",
        en: "\(findings.count) finding(s), \(unreadable.count) unreadable file(s)")
    }
    lines.append(summary(language))
    return lines.joined(separator: "\n") + "\n"
  }
}
