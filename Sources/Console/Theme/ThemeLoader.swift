import Foundation
import Model
import TOMLKit

/// A theme file that cannot be used, with the file and line to fix.
struct ThemeError: Error, Equatable, CustomStringConvertible {
  var file: String
  var line: Int
  var message: String

  var description: String { "\(file):\(line): \(message)" }
}

/// Reads theme files (TOML): `inherits`, a `[palette]` of named colours, and
/// `[roles]` mapping role names to `{ fg, bg, modifiers }`.
struct ThemeLoader {
  /// Folders searched, in order, for `NAME.toml`.
  var searchDirectories: [String]
  /// Reads a file's text, or says why it cannot (size, kind, encoding).
  var readFile: (String) throws(DataFileError) -> String = DataFile.read
  /// Whether a file is there (without reading it: `/dev/zero` is there, and endless).
  var exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }

  /// Loads a theme by name (searched) or by path (anything with a `/` or `.toml`).
  func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
    try load(nameOrPath, seen: [])
  }

  private func load(_ nameOrPath: String, seen: [String]) throws(ThemeError) -> Theme {
    let path = try locate(nameOrPath)
    if seen.contains(path) {
      throw ThemeError(file: path, line: 1, message: "inherits itself in a loop: \(seen + [path])")
    }
    let source: String
    do {
      source = try readFile(path)
    } catch {
      throw ThemeError(file: path, line: error.line, message: error.problem.text(.en))
    }
    let table: TOMLTable
    do {
      table = try TOMLText.parse(source)
    } catch {
      throw ThemeError(file: path, line: error.line, message: error.description)
    }
    var theme = Theme(name: baseName(path), roles: [:])
    if let parent = table["inherits"] {
      guard let parentName = parent.string else {
        throw error(path, source, key: "inherits", table: nil, "inherits must be a theme name")
      }
      do {
        _ = try locate(parentName)
      } catch {
        throw self.error(path, source, key: "inherits", table: nil, error.message)
      }
      theme.roles = try load(parentName, seen: seen + [path]).roles
    }
    for key in table.keys where !["inherits", "palette", "roles"].contains(key) {
      throw error(path, source, key: key, table: nil, "unknown key '\(key)'")
    }
    let palette = try readPalette(table, path: path, source: source)
    if let roles = table["roles"] {
      guard let roles = roles.table else {
        throw error(path, source, key: "roles", table: nil, "[roles] must be a table")
      }
      for role in roles.keys {
        guard Theme.knownRoles.contains(role) else {
          let known = Theme.knownRoles.sorted().joined(separator: ", ")
          throw error(
            path, source, key: role, table: "roles", "unknown role '\(role)' (known: \(known))")
        }
        theme.roles[role] = try readStyle(
          roles[role], role: role, palette: palette, path: path, source: source)
      }
    }
    return theme
  }

  private func locate(_ nameOrPath: String) throws(ThemeError) -> String {
    // Only whether it exists: reading is `load`'s, which refuses devices and huge files.
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
      guard exists(nameOrPath) else {
        throw ThemeError(file: nameOrPath, line: 1, message: "theme file not found")
      }
      return nameOrPath
    }
    for directory in searchDirectories {
      let path = directory + "/" + nameOrPath + ".toml"
      if exists(path) { return path }
    }
    throw ThemeError(
      file: nameOrPath + ".toml", line: 1,
      message: "no theme named '\(nameOrPath)' in \(searchDirectories.joined(separator: ", "))")
  }

  private func readPalette(_ table: TOMLTable, path: String, source: String) throws(ThemeError)
    -> [String: ColorSpec]
  {
    guard let value = table["palette"] else { return [:] }
    guard let palette = value.table else {
      throw error(path, source, key: "palette", table: nil, "[palette] must be a table")
    }
    var out: [String: ColorSpec] = [:]
    for name in palette.keys {
      guard let text = palette[name]?.string, let color = ColorSpec(parsing: text) else {
        throw error(
          path, source, key: name, table: "palette",
          "palette colour '\(name)' must be #rrggbb or a colour name")
      }
      out[name] = color
    }
    return out
  }

  private func readStyle(
    _ value: TOMLValueConvertible?, role: String, palette: [String: ColorSpec], path: String,
    source: String
  ) throws(ThemeError) -> StyleSpec {
    guard let table = value?.table else {
      throw error(
        path, source, key: role, table: "roles",
        "role '\(role)' must be a table like { fg = \"white\" }")
    }
    var spec = StyleSpec()
    for key in table.keys {
      switch key {
      case "fg", "bg":
        let color = try readColor(table[key], palette: palette)
        guard let color else {
          throw error(
            path, source, key: role, table: "roles",
            "role '\(role)': \(key) is not a colour (use a name, #rrggbb, 0-255, or a palette name)"
          )
        }
        if key == "fg" { spec.fg = color } else { spec.bg = color }
      case "modifiers":
        guard let array = table[key]?.array else {
          throw error(
            path, source, key: role, table: "roles", "role '\(role)': modifiers must be a list")
        }
        var modifiers: TextModifiers = []
        for item in array {
          guard let name = item.string, let modifier = TextModifiers.names[name] else {
            throw error(
              path, source, key: role, table: "roles",
              "role '\(role)': unknown modifier \(item) (bold, reverse, underline, dim)")
          }
          modifiers.insert(modifier)
        }
        spec.modifiers = modifiers
      default:
        throw error(
          path, source, key: role, table: "roles",
          "role '\(role)': unknown field '\(key)' (fg, bg, modifiers)")
      }
    }
    return spec
  }

  private func readColor(_ value: TOMLValueConvertible?, palette: [String: ColorSpec])
    throws(ThemeError) -> ColorSpec?
  {
    if let index = value?.int { return (0...255).contains(index) ? .indexed(index) : nil }
    guard let text = value?.string else { return nil }
    return palette[text] ?? ColorSpec(parsing: text)
  }

  private func error(
    _ path: String, _ source: String, key: String, table: String?, _ message: String
  ) -> ThemeError {
    ThemeError(
      file: path, line: TOMLKeyLocator.line(ofKey: key, inTable: table, source: source),
      message: message)
  }

  private func baseName(_ path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    return file.hasSuffix(".toml") ? String(file.dropLast(5)) : file
  }
}
