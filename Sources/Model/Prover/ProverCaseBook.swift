import Foundation
import TOMLKit

/// Reads `guides/cases.toml`, the case book written from the source article and the domain
/// notes (not from the guide): per case what is staged in the shop, what the cashier sees,
/// what counts as right, what must be done and what counts as harm.
public enum ProverCaseBook {
  /// A problem in a case book, with its place.
  public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
  }

  static let keys: Set<String> = [
    "id", "source", "sees", "stage", "pays", "right", "says", "must_do", "harm", "prior",
  ]

  /// The cases in `source`; every problem is reported with its line, and a case with one is
  /// left out.
  public static func cases(source: String, file: String) -> (
    cases: [ProverCase], problems: [Problem]
  ) {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: source)
    } catch let error as TOMLParseError {
      return ([], [Problem(file: file, line: error.source.begin.line, message: error.description)])
    } catch {
      return ([], [Problem(file: file, line: 1, message: "\(error)")])
    }
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let headers = lines.indices.filter {
      lines[$0].trimmingCharacters(in: .whitespaces) == "[[case]]"
    }.map { $0 + 1 }
    guard let list = root["case"]?.array else {
      return ([], [Problem(file: file, line: 1, message: "no [[case]] tables")])
    }
    var cases: [ProverCase] = []
    var problems: [Problem] = []
    var seen: Set<String> = []
    for (index, value) in list.enumerated() {
      let line = index < headers.count ? headers[index] : 1
      func keyLine(_ key: String) -> Int {
        var at = line
        while at < lines.count {
          let text = lines[at].trimmingCharacters(in: .whitespaces)
          if text.hasPrefix("[") { break }
          if text.hasPrefix(key + " ") || text.hasPrefix(key + "=") { return at + 1 }
          at += 1
        }
        return line
      }
      guard let table = value.table else { continue }
      var reader = Reader(table: table, file: file, keyLine: keyLine)
      if let made = reader.read(), reader.problems.isEmpty {
        var made = made
        made.line = line
        if !seen.insert(made.name).inserted {
          problems.append(Problem(file: file, line: line, message: "case \(made.name) twice"))
        }
        cases.append(made)
      }
      problems += reader.problems
    }
    return (cases, problems)
  }

  /// Reads the case book at `path`.
  public static func load(_ path: String) -> (cases: [ProverCase], problems: [Problem]) {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      return ([], [Problem(file: path, line: 1, message: "cannot read the case book")])
    }
    return cases(source: text, file: path)
  }

  private struct Reader {
    let table: TOMLTable
    let file: String
    let keyLine: (String) -> Int
    var problems: [Problem] = []

    mutating func fail(_ key: String, _ message: String) {
      problems.append(Problem(file: file, line: keyLine(key), message: message))
    }

    mutating func read() -> ProverCase? {
      for key in table.keys where !ProverCaseBook.keys.contains(key) {
        fail(key, "unknown field \(key)")
      }
      guard let id = table["id"]?.string, !id.isEmpty else {
        fail("id", "a case needs an id")
        return nil
      }
      if (table["source"]?.string ?? "").isEmpty {
        fail("source", "case \(id): say where the cause comes from (source = \"…\")")
      }
      var state = ShopState()
      if let pays = table["pays"]?.string {
        guard let presents = CustomerPresents.parse(pays) else {
          fail("pays", "case \(id): pays \"\(pays)\" is neither a code ID nor card:MODE")
          return nil
        }
        state = state.presenting(presents)
      }
      for name in strings("stage", id) {
        guard let staged = ShopCondition.stage(name, on: state) else {
          fail("stage", "case \(id): no condition \"\(name)\"")
          continue
        }
        state = staged
      }
      var made = ProverCase(
        source: "case book", name: id, expected: strings("right", id), state: state)
      made.file = file
      made.sees = localized("sees", id)
      made.says = localized("says", id)
      made.mustDo = strings("must_do", id)
      for action in made.mustDo where ShopAction(rawValue: action) == nil {
        fail("must_do", "case \(id): no shop action \"\(action)\"")
      }
      made.harmSteps = strings("harm", id)
      if let prior = table["prior"] {
        made.prior = prior.double ?? prior.int.map(Double.init) ?? -1
        if made.prior <= 0 { fail("prior", "case \(id): prior must be a number above 0") }
      }
      if made.expected.isEmpty { fail("right", "case \(id): name the right verdicts") }
      if made.sees == nil { fail("sees", "case \(id): say what the cashier sees") }
      return made
    }

    mutating func strings(_ key: String, _ id: String) -> [String] {
      guard let value = table[key] else { return [] }
      if let one = value.string { return [one] }
      guard let array = value.array, case let items = array.compactMap(\.string),
        items.count == array.count
      else {
        fail(key, "case \(id): \(key) must be a string or strings")
        return []
      }
      return items
    }

    mutating func localized(_ key: String, _ id: String) -> LocalizedText? {
      guard let value = table[key] else { return nil }
      guard let inner = value.table, let zh = inner["zh"]?.string, let en = inner["en"]?.string,
        !zh.isEmpty, !en.isEmpty
      else {
        fail(key, "case \(id): \(key) needs { zh = \"…\", en = \"…\" }")
        return nil
      }
      return .data(zh: zh, en: en)
    }
  }
}
