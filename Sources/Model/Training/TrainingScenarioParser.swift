import Foundation
import TOMLKit

/// Reads `guides/scenarios/*.toml`: each file holds `[[scenario]]` tables.
public enum TrainingScenarioParser {
  /// Scenarios from the text of one file; `file` names it in errors.
  public static func scenarios(source: String, file: String) throws(TrainingScenarioError)
    -> [TrainingScenario]
  {
    let root: TOMLTable
    do {
      root = try TOMLText.parse(source)
    } catch {
      throw TrainingScenarioError(
        file: file, line: error.line, field: "(syntax)", problem: error.description)
    }
    let headers = headerLines(source)
    guard let list = root["scenario"]?.array else {
      throw TrainingScenarioError(
        file: file, line: 1, field: "scenario", problem: "no [[scenario]] tables in this file")
    }
    var out: [TrainingScenario] = []
    for (index, value) in list.enumerated() {
      let line = index < headers.count ? headers[index] : 1
      let block = blockLines(source, start: line)
      let reader = FieldReader(file: file, path: "scenario[\(index + 1)]", line: line, block: block)
      guard let table = value.table else {
        throw reader.error("", "expected a [[scenario]] table")
      }
      out.append(try reader.scenario(table))
    }
    return out
  }

  /// Reads every `*.toml` in `directory`, sorted by name; unreadable files become errors.
  public static func load(directory: String) -> (
    scenarios: [TrainingScenario], errors: [TrainingScenarioError]
  ) {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
    // One file may be named instead of the folder: check just that one.
    let single = exists && !isDirectory.boolValue
    let names =
      single
      ? [(directory as NSString).lastPathComponent]
      : ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        .filter { $0.hasSuffix(".toml") }.sorted()
    let folder = single ? (directory as NSString).deletingLastPathComponent : directory
    var scenarios: [TrainingScenario] = []
    var errors: [TrainingScenarioError] = []
    if names.isEmpty {
      errors.append(
        TrainingScenarioError(
          file: directory, line: 1, field: "",
          problem: exists ? "no scenario files (*.toml) here" : "no such file or folder"))
    }
    for name in names {
      let path = folder.isEmpty ? name : folder + "/" + name
      let text: String
      do {
        text = try DataFile.read(path)
      } catch {
        errors.append(
          TrainingScenarioError(
            file: path, line: error.line, field: "", problem: error.problem.text(.en)))
        continue
      }
      do {
        scenarios += try Self.scenarios(source: text, file: path)
      } catch {
        errors.append(error)
      }
    }
    return (scenarios, errors)
  }

  /// 1-based lines of each `[[scenario]]` header, in order.
  static func headerLines(_ source: String) -> [Int] {
    source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { $0.element.trimmingCharacters(in: .whitespaces) == "[[scenario]]" }
      .map { $0.offset + 1 }
  }

  /// `key -> line` for the `key = …` lines after the header at `start`, up to the next header.
  static func blockLines(_ source: String, start: Int) -> [String: Int] {
    var out: [String: Int] = [:]
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    var index = start
    while index < lines.count {
      let text = lines[index].trimmingCharacters(in: .whitespaces)
      if text.hasPrefix("[") { break }
      if let equals = text.firstIndex(of: "=") {
        let key = text[..<equals].trimmingCharacters(in: .whitespaces)
        if out[key] == nil { out[key] = index + 1 }
      }
      index += 1
    }
    return out
  }
}

/// Typed reads of one `[[scenario]]` table; every surprise names file, line and field.
private struct FieldReader {
  let file: String
  let path: String
  let line: Int
  let block: [String: Int]

  func error(_ key: String, _ problem: String) -> TrainingScenarioError {
    let top = String(key.split(separator: ".").first ?? "")
    return TrainingScenarioError(
      file: file, line: block[top] ?? line, field: key.isEmpty ? path : path + "." + key,
      problem: problem)
  }

  func text(_ table: TOMLTable, _ key: String, at name: String) throws(TrainingScenarioError)
    -> String
  {
    guard let value = table[key] else { throw error(name, "missing; add \(key) = \"…\"") }
    guard let text = value.string, !text.isEmpty else {
      throw error(name, "expected non-empty text in quotes")
    }
    return text
  }

  func localized(_ value: TOMLValueConvertible?, at name: String) throws(TrainingScenarioError)
    -> LocalizedText
  {
    guard let table = value?.table else {
      throw error(name, "expected { zh = \"…\", en = \"…\" }")
    }
    return LocalizedText(
      zh: try text(table, "zh", at: name + ".zh"), en: try text(table, "en", at: name + ".en"))
  }

  func count(_ table: TOMLTable, _ key: String, at name: String, range: ClosedRange<Int>)
    throws(TrainingScenarioError) -> Int
  {
    guard let number = table[key]?.int else { throw error(name, "expected a whole number") }
    guard range.contains(number) else {
      throw error(name, "\(number) is outside \(range.lowerBound)...\(range.upperBound)")
    }
    return number
  }

  func scenario(_ table: TOMLTable) throws(TrainingScenarioError) -> TrainingScenario {
    let id = try text(table, "id", at: "id")
    let title = try localized(table["title"], at: "title")
    guard let faultList = table["faults"]?.array else {
      throw error("faults", "expected a list of fault IDs, e.g. [\"permission-off\"]")
    }
    var faultIDs: [String] = []
    for (i, item) in faultList.enumerated() {
      guard let name = item.string else { throw error("faults", "item \(i + 1) is not text") }
      faultIDs.append(name)
    }
    if faultIDs.isEmpty { throw error("faults", "name at least one fault") }
    let presentsText = try text(table, "presents", at: "presents")
    guard let presents = CustomerPresents.parse(presentsText) else {
      throw error(
        "presents", "\"\(presentsText)\" is neither a sample code ID nor card:swipe|insert|tap")
    }
    let cause = try text(table, "cause", at: "cause")
    guard let parTable = table["par"]?.table else {
      throw error("par", "expected par = { steps = N, seconds = N }")
    }
    let par = TrainingPar(
      steps: try count(parTable, "steps", at: "par.steps", range: 1...200),
      seconds: try count(parTable, "seconds", at: "par.seconds", range: 1...3600))
    var hints: [LocalizedText] = []
    if let list = table["hints"] {
      guard let array = list.array else { throw error("hints", "expected a list") }
      for (i, item) in array.enumerated() {
        hints.append(try localized(item, at: "hints[\(i + 1)]"))
      }
    }
    return TrainingScenario(
      id: id, title: title, faultIDs: faultIDs, presents: presents, cause: cause, par: par,
      hints: hints, file: file, line: line, fieldLines: block)
  }
}
