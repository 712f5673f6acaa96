import Model

/// Finds and loads the terminal profile `--terminal-profile` names: a shipped name in
/// `data/terminal-profiles/`, or a path to a `.toml` file.
enum TerminalProfileLocation {
  static let defaultName = ConsoleOptions.defaultTerminalProfile
  static let directory = "data/terminal-profiles"

  /// The file for `nameOrPath`, or nil when there is none.
  static func path(_ nameOrPath: String) -> String? {
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") { return nameOrPath }
    return locateResource("\(directory)/\(nameOrPath).toml")
  }

  /// The loaded profile, or one line saying what is wrong and where.
  static func load(_ nameOrPath: String) -> Result<TerminalProfile, TerminalProfileProblem> {
    guard let path = path(nameOrPath) else {
      return .failure(
        TerminalProfileProblem(
          description: "\(directory)/\(nameOrPath).toml: no such terminal profile "
            + "(set POS_CONSOLE_HOME or give a path)"))
    }
    switch TerminalProfile.read(contentsOfFile: path) {
    case .success(let profile): return .success(profile)
    case .failure(let error): return .failure(TerminalProfileProblem(description: "\(error)"))
    }
  }
}

/// Why the terminal profile could not be loaded, naming the file.
struct TerminalProfileProblem: Error, CustomStringConvertible {
  var description: String
}
