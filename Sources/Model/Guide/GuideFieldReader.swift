import Foundation
import TOMLKit

/// Reads typed fields from one TOML table and records what is missing or wrong, with its line.
struct GuideFieldReader {
  let table: TOMLTable
  let file: String
  let map: GuideSourceMap
  /// Line of the table's header (0 for the file header).
  let blockLine: Int
  let stepID: String?
  private(set) var issues: [GuideIssue] = []
  /// True once an error was recorded, so the caller can drop the half-read item.
  private(set) var failed = false

  init(table: TOMLTable, file: String, map: GuideSourceMap, blockLine: Int, stepID: String?) {
    self.table = table
    self.file = file
    self.map = map
    self.blockLine = blockLine
    self.stepID = stepID
  }

  /// The field's line; a missing field is reported on the step's `id` line, else the header.
  func line(of field: String) -> Int {
    var line = map.line(ofKey: field, inBlockAt: blockLine)
    if line == blockLine && field != "id" { line = map.line(ofKey: "id", inBlockAt: blockLine) }
    return line == 0 ? 1 : line
  }

  mutating func report(_ kind: GuideIssueKind, field: String) {
    if kind.severity == .error { failed = true }
    issues.append(GuideIssue(kind: kind, file: file, line: line(of: field), stepID: stepID))
  }

  mutating func string(_ field: String) -> String? {
    guard let value = table[field] else {
      report(.missingField(field: field), field: field)
      return nil
    }
    guard let text = value.string, !text.isEmpty else {
      report(.wrongType(field: field, expected: "a non-empty string"), field: field)
      return nil
    }
    return text
  }

  mutating func optionalString(_ field: String) -> String? {
    guard table[field] != nil else { return nil }
    return string(field)
  }

  /// A string or an array of strings (`action = "act.restart"` or `["a", "b"]`); empty when
  /// absent.
  mutating func stringOrList(_ field: String) -> [String] {
    guard let value = table[field] else { return [] }
    if value.string != nil { return string(field).map { [$0] } ?? [] }
    guard let array = value.array,
      case let items = array.compactMap(\.string), items.count == array.count, !items.isEmpty
    else {
      report(.wrongType(field: field, expected: "a string or an array of strings"), field: field)
      return []
    }
    return items
  }

  mutating func localized(_ field: String) -> LocalizedText? {
    guard let value = table[field] else {
      report(.missingField(field: field), field: field)
      return nil
    }
    guard let inner = value.table else {
      report(.wrongType(field: field, expected: "{ zh = \"…\", en = \"…\" }"), field: field)
      return nil
    }
    return localized(inner, field: field, lineField: field)
  }

  mutating func optionalLocalized(_ field: String) -> LocalizedText? {
    guard table[field] != nil else { return nil }
    return localized(field)
  }

  /// Reads `zh` and `en` from `inner`; an absent or empty one is a warning and borrows the other.
  mutating func localized(_ inner: TOMLTable, field: String, lineField: String) -> LocalizedText? {
    let zh = inner["zh"]?.string ?? ""
    let en = inner["en"]?.string ?? ""
    if zh.isEmpty && en.isEmpty {
      report(.missingField(field: "\(field).zh"), field: lineField)
      return nil
    }
    // `allSatisfy(\.isWhitespace)` rather than Foundation's trimming, which bridged every
    // text through NSString while the guides loaded.
    if zh.allSatisfy(\.isWhitespace) {
      report(.missingTranslation(field: field, language: .zh), field: lineField)
    }
    if en.allSatisfy(\.isWhitespace) {
      report(.missingTranslation(field: field, language: .en), field: lineField)
    }
    return .data(zh: zh.isEmpty ? en : zh, en: en.isEmpty ? zh : en)
  }

  /// An array of tables, e.g. options or a key path.
  mutating func tables(_ field: String) -> [TOMLTable]? {
    guard let value = table[field] else {
      report(.missingField(field: field), field: field)
      return nil
    }
    guard let array = value.array, !array.isEmpty else {
      report(.wrongType(field: field, expected: "a non-empty array of tables"), field: field)
      return nil
    }
    var result: [TOMLTable] = []
    for element in array {
      guard let inner = element.table else {
        report(.wrongType(field: field, expected: "an array of tables"), field: field)
        return nil
      }
      result.append(inner)
    }
    return result
  }

  /// Options: `options = [{ zh = "…", en = "…", next = "step", mark = "ok" }, …]`.
  mutating func options(_ field: String) -> [GuideOption]? {
    guard let entries = tables(field) else { return nil }
    var options: [GuideOption] = []
    for (index, entry) in entries.enumerated() {
      let name = "\(field)[\(index)]"
      let label = localized(entry, field: name, lineField: field)
      guard let next = entry["next"]?.string, !next.isEmpty else {
        report(.missingField(field: "\(name).next"), field: field)
        continue
      }
      var mark: TopicMark?
      if let raw = entry["mark"] {
        guard let text = raw.string, let parsed = TopicMark(rawValue: text) else {
          report(.invalidValue(field: "\(name).mark", value: raw.string ?? "?"), field: field)
          continue
        }
        mark = parsed
      }
      var values: [String] = []
      if let raw = entry["value"] {
        if let one = raw.string {
          values = [one]
        } else if let many = raw.array?.compactMap(\.string), many.count == raw.array?.count {
          values = many
        } else {
          report(.wrongType(field: "\(name).value", expected: "a string or strings"), field: field)
          continue
        }
      }
      if let label {
        options.append(GuideOption(label: label, next: next, mark: mark, values: values))
      }
    }
    return options.count == entries.count ? options : nil
  }

  /// Warns about keys outside `known`, which are usually typos.
  mutating func checkKeys(_ known: Set<String>) {
    for key in table.keys where !known.contains(key) {
      report(.unknownField(key), field: key)
    }
  }
}
