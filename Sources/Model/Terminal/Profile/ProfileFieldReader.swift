import TOMLKit

/// Reads typed fields of one profile table and records every problem as a finding with
/// its line, so one pass reports all of them instead of stopping at the first.
struct ProfileFieldReader {
  let file: String
  let index: TOMLLineIndex
  var findings: [TerminalProfileFinding] = []

  /// Where a table sits: `[name]`, or the `index`th `[[name]]`.
  struct Place {
    var name: String
    var index: Int?
    var table: TOMLTable

    var label: String { index.map { "[[\(name)]] #\($0 + 1)" } ?? "[\(name)]" }
  }

  func line(_ place: Place, _ key: String? = nil) -> Int {
    if let entry = place.index { return index.line(array: place.name, index: entry, key: key) }
    return index.line(table: place.name, key: key)
  }

  mutating func add(
    _ kind: TerminalProfileFinding.Kind, _ place: Place, _ key: String?,
    _ message: ProfileFindingText
  ) {
    findings.append(
      TerminalProfileFinding(file: file, line: line(place, key), kind: kind, message: message))
  }

  mutating func string(_ place: Place, _ key: String) -> String? {
    guard let value = place.table[key] else {
      add(.missingField, place, nil, .missingText(place: place.label, key: key))
      return nil
    }
    guard let text = value.string, !text.trimmingSpaces().isEmpty else {
      add(.badValue, place, key, .notText(key: key))
      return nil
    }
    return text
  }

  mutating func optionalString(_ place: Place, _ key: String) -> String? {
    guard place.table[key] != nil else { return nil }
    return string(place, key)
  }

  mutating func int(_ place: Place, _ key: String) -> Int? {
    guard let value = place.table[key] else {
      add(.missingField, place, nil, .missingNumber(place: place.label, key: key))
      return nil
    }
    guard let number = value.int else {
      add(.badValue, place, key, .notNumber(key: key))
      return nil
    }
    return number
  }

  mutating func bool(_ place: Place, _ key: String) -> Bool? {
    guard let value = place.table[key] else {
      add(.missingField, place, nil, .missingBool(place: place.label, key: key))
      return nil
    }
    guard let flag = value.bool else {
      add(.badValue, place, key, .notBool(key: key))
      return nil
    }
    return flag
  }

  /// `<base>_zh` and `<base>_en`; a missing half is a missing translation.
  mutating func localized(_ place: Place, _ base: String) -> LocalizedText? {
    let zhKey = base + "_zh"
    let enKey = base + "_en"
    let hasZh = place.table[zhKey] != nil
    let hasEn = place.table[enKey] != nil
    if !hasZh && !hasEn {
      add(.missingField, place, nil, .missingTexts(place: place.label, zhKey: zhKey, enKey: enKey))
      return nil
    }
    if hasZh != hasEn {
      let present = hasZh ? zhKey : enKey
      let absent = hasZh ? enKey : zhKey
      add(
        .missingTranslation, place, present, .missingTranslation(present: present, absent: absent))
      return nil
    }
    guard let zh = string(place, zhKey), let en = string(place, enKey) else { return nil }
    return .data(zh: zh, en: en)
  }

  /// A `[name]` table; missing is a finding.
  mutating func table(_ root: TOMLTable, _ name: String) -> Place? {
    guard let value = root[name] else {
      findings.append(
        TerminalProfileFinding(
          file: file, line: 1, kind: .missingField, message: .noTable(name)))
      return nil
    }
    guard let table = value.table else {
      findings.append(
        TerminalProfileFinding(
          file: file, line: index.line(table: name), kind: .badValue,
          message: .notTable(name)))
      return nil
    }
    return Place(name: name, index: nil, table: table)
  }

  /// Every `[[name]]` entry.
  mutating func entries(_ root: TOMLTable, _ name: String) -> [Place] {
    guard let value = root[name] else {
      findings.append(
        TerminalProfileFinding(
          file: file, line: 1, kind: .missingField, message: .noEntries(name)))
      return []
    }
    guard let array = value.array else {
      findings.append(
        TerminalProfileFinding(
          file: file, line: index.line(table: name), kind: .badValue,
          message: .notEntries(name)))
      return []
    }
    var places: [Place] = []
    for (position, element) in array.enumerated() {
      if let table = element.table {
        places.append(Place(name: name, index: position, table: table))
      }
    }
    return places
  }
}
