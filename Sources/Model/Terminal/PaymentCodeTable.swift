import Foundation
import TOMLKit

/// The payment-code rules and sample codes, read from `data/payment-codes.toml`.
public struct PaymentCodeTable: Equatable, Sendable {
  /// Rules in the order they are tried.
  public var rules: [PaymentCodeRule]
  /// Codes the simulated camera can scan.
  public var samples: [SampleCode]

  /// A table from already-built rules and samples.
  public init(rules: [PaymentCodeRule], samples: [SampleCode]) {
    self.rules = rules
    self.samples = samples
  }

  /// Parses the table's TOML text; `file` names it in errors.
  public init(toml text: String, file: String = "payment-codes.toml") throws(PaymentCodeTableError)
  {
    let root: TOMLTable
    do {
      root = try TOMLText.parse(text)
    } catch {
      throw .syntax(file: file, line: error.line, message: error.description)
    }
    var reader = EntryReader(file: file, text: text)
    rules = try reader.entries(of: "rule", in: root) { entry throws(PaymentCodeTableError) in
      try entry.rule()
    }
    samples = try reader.entries(of: "sample", in: root) { entry throws(PaymentCodeTableError) in
      try entry.sample()
    }
    if rules.isEmpty { throw .noRules(file: file) }
    try Self.checkUniqueIDs(rules.map(\.id), kind: "rule", reader: reader)
    try Self.checkUniqueIDs(samples.map(\.id), kind: "sample", reader: reader)
  }

  /// Reads and parses the table at an explicit `path`.
  public init(contentsOfFile path: String) throws(PaymentCodeTableError) {
    let text: String
    do {
      text = try DataFile.read(path)
    } catch {
      throw .unreadable(path: path, message: error.problem.text(.en))
    }
    try self.init(toml: text, file: path)
  }

  private static func checkUniqueIDs(
    _ ids: [String], kind: String, reader: EntryReader
  ) throws(PaymentCodeTableError) {
    var seen: Set<String> = []
    for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
      throw .invalidField(
        file: reader.file, line: reader.headerLine(of: kind, index: index), entry: kind,
        field: "id", problem: "duplicate id \"\(id)\"; each \(kind) needs its own")
    }
  }
}

/// What is wrong with a payment-code table, and where.
public enum PaymentCodeTableError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(path: String, message: String)
  /// Not valid TOML.
  case syntax(file: String, line: Int, message: String)
  /// A field is missing or has the wrong type or value.
  case invalidField(file: String, line: Int, entry: String, field: String, problem: String)
  /// No `[[rule]]` entries at all.
  case noRules(file: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let message):
      return "\(path): cannot read the payment-code table (\(message)); check the path."
    case .syntax(let file, let line, let message):
      return "\(file):\(line): not valid TOML: \(message); fix the syntax on that line."
    case .invalidField(let file, let line, let entry, let field, let problem):
      return "\(file):\(line): [[\(entry)]] field \"\(field)\": \(problem)."
    case .noRules(let file):
      return "\(file): no [[rule]] entries; add at least one rule."
    }
  }
}

/// Walks the `[[rule]]` / `[[sample]]` arrays, naming the source line of each entry in errors.
private struct EntryReader {
  let file: String
  let lines: [Substring]

  init(file: String, text: String) {
    self.file = file
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// The 1-based line of the `index`th `[[kind]]` header, or 0 when not found.
  func headerLine(of kind: String, index: Int) -> Int {
    var count = 0
    let header = "[[\(kind)]]"
    // Swift's own trimming: Foundation's CharacterSet path bridged every line through
    // NSString and was a quarter of the console's loading time.
    for (number, line) in lines.enumerated()
    where line.contains("[[") && String(line).trimmingSpaces() == header {
      if count == index { return number + 1 }
      count += 1
    }
    return 0
  }

  mutating func entries<T>(
    of kind: String, in root: TOMLTable,
    _ build: (Entry) throws(PaymentCodeTableError) -> T
  ) throws(PaymentCodeTableError) -> [T] {
    guard let value = root[kind] else { return [] }
    guard let array = value.array else {
      throw .invalidField(
        file: file, line: 0, entry: kind, field: kind,
        problem: "must be an array of tables written [[\(kind)]]")
    }
    var out: [T] = []
    for (index, element) in array.enumerated() {
      let line = headerLine(of: kind, index: index)
      guard let table = element.table else {
        throw .invalidField(
          file: file, line: line, entry: kind, field: kind, problem: "each entry must be a table")
      }
      out.append(try build(Entry(table: table, file: file, line: line, kind: kind)))
    }
    return out
  }
}

/// One `[[rule]]` or `[[sample]]` table with typed field access.
private struct Entry {
  let table: TOMLTable
  let file: String
  let line: Int
  let kind: String

  func fail(_ field: String, _ problem: String) -> PaymentCodeTableError {
    .invalidField(file: file, line: line, entry: kind, field: field, problem: problem)
  }

  func string(_ field: String) throws(PaymentCodeTableError) -> String {
    guard let value = table[field] else { throw fail(field, "missing; add it as text") }
    guard let text = value.string else { throw fail(field, "must be text in quotes") }
    guard !text.trimmingSpaces().isEmpty else { throw fail(field, "must not be empty") }
    return text
  }

  func int(_ field: String) throws(PaymentCodeTableError) -> Int {
    guard let value = table[field] else { throw fail(field, "missing; add it as a number") }
    guard let number = value.int else { throw fail(field, "must be a whole number") }
    return number
  }

  func bool(_ field: String) throws(PaymentCodeTableError) -> Bool {
    guard let value = table[field] else { throw fail(field, "missing; add true or false") }
    guard let flag = value.bool else { throw fail(field, "must be true or false") }
    return flag
  }

  func rule() throws(PaymentCodeTableError) -> PaymentCodeRule {
    let id = try string("id")
    let wallet = LocalizedText.data(zh: try string("wallet_zh"), en: try string("wallet_en"))
    let minLength = try int("min_length")
    let maxLength = try int("max_length")
    guard minLength >= 1, minLength <= maxLength, maxLength <= 64 else {
      throw fail("max_length", "lengths must satisfy 1 ≤ min_length ≤ max_length ≤ 64")
    }
    guard let prefixValue = table["prefixes"], let prefixArray = prefixValue.array else {
      throw fail("prefixes", "missing; add a list such as [\"62\"] or [\"10-15\"]")
    }
    var prefixes: [CodePrefix] = []
    for element in prefixArray {
      guard let text = element.string, let prefix = CodePrefix(text) else {
        throw fail("prefixes", "each prefix must be digits like \"62\" or a range like \"10-15\"")
      }
      prefixes.append(prefix)
    }
    if prefixes.isEmpty { throw fail("prefixes", "list at least one prefix") }
    let confidenceText = try string("confidence")
    guard let confidence = RuleConfidence(rawValue: confidenceText) else {
      throw fail("confidence", "\"\(confidenceText)\" is not official, de-facto or uncertain")
    }
    return PaymentCodeRule(
      id: id, wallet: wallet,
      lengths: minLength...maxLength, prefixes: prefixes, supported: try bool("supported"),
      confidence: confidence, newerFormat: try bool("newer_format"), source: try string("source"))
  }

  func sample() throws(PaymentCodeTableError) -> SampleCode {
    SampleCode(
      id: try string("id"),
      label: .data(zh: try string("label_zh"), en: try string("label_en")),
      content: try string("content"))
  }
}
