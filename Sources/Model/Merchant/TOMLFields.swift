import TOMLKit

/// Reads typed fields out of a parsed TOML table, turning every surprise into a `MerchantDataError`.
struct TOMLFields {
  let file: String

  func parse(_ text: String) throws(MerchantDataError) -> TOMLTable {
    do {
      return try TOMLText.parse(text)
    } catch {
      throw MerchantDataError(
        file: file, place: "line \(error.line), column \(error.column)",
        problem: error.description)
    }
  }

  func table(_ parent: TOMLTable, _ key: String, at path: String) throws(MerchantDataError)
    -> TOMLTable
  {
    guard let value = parent[key] else {
      throw MerchantDataError(file: file, place: path, problem: "missing table [\(path)]")
    }
    guard let table = value.table else {
      throw MerchantDataError(file: file, place: path, problem: "expected a table")
    }
    return table
  }

  func string(_ parent: TOMLTable, _ key: String, at path: String) throws(MerchantDataError)
    -> String
  {
    guard let value = parent[key] else {
      throw MerchantDataError(file: file, place: "\(path).\(key)", problem: "missing text field")
    }
    guard let text = value.string, !text.isEmpty else {
      throw MerchantDataError(
        file: file, place: "\(path).\(key)", problem: "expected non-empty text in quotes")
    }
    return text
  }

  func optionalString(_ parent: TOMLTable, _ key: String, at path: String)
    throws(MerchantDataError) -> String?
  {
    guard let value = parent[key] else { return nil }
    guard let text = value.string else {
      throw MerchantDataError(file: file, place: "\(path).\(key)", problem: "expected text")
    }
    return text.isEmpty ? nil : text
  }

  func bool(_ parent: TOMLTable, _ key: String, at path: String, default fallback: Bool)
    throws(MerchantDataError) -> Bool
  {
    guard let value = parent[key] else { return fallback }
    guard let flag = value.bool else {
      throw MerchantDataError(
        file: file, place: "\(path).\(key)", problem: "expected true or false")
    }
    return flag
  }

  func code(_ key: String, digits: Int, at path: String) throws(MerchantDataError) -> String {
    guard key.utf8.count == digits, key.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
      throw MerchantDataError(
        file: file, place: "\(path).\(key)", problem: "the code must have exactly \(digits) digits")
    }
    return key
  }

  /// Every `[table.CODE]` entry of a code table under `root`, each code checked to have
  /// `digits` digits; `path` names the entry in errors.
  func codeEntries(in root: TOMLTable, table name: String, digits: Int) throws(MerchantDataError)
    -> [(code: String, entry: TOMLTable, path: String)]
  {
    let table = try self.table(root, name, at: name)
    var entries: [(code: String, entry: TOMLTable, path: String)] = []
    for key in table.keys {
      let code = try self.code(key, digits: digits, at: name)
      let path = "\(name).\(code)"
      entries.append((code, try self.table(table, key, at: path), path))
    }
    return entries
  }

  /// The `name_zh` / `name_en` pair of an entry.
  func name(_ entry: TOMLTable, at path: String) throws(MerchantDataError) -> LocalizedText {
    .data(
      zh: try string(entry, "name_zh", at: path), en: try string(entry, "name_en", at: path))
  }
}
