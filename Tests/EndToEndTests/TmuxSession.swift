import Foundation
import XCTest

/// Drives the real `pos-console` binary in a private tmux server, as fzf's tests
/// do: fixed size, `send-keys`, poll `capture-pane` until a condition holds.
final class TmuxSession {
  let socket: String
  let name = "e2e"
  let dataDirectory: String

  /// The built binary: `POS_CONSOLE_BIN`, else `.build/debug/pos-console` in the repo.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["POS_CONSOLE_BIN"] { return path }
    return repoRoot + "/.build/debug/pos-console"
  }

  static var repoRoot: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
  }

  /// Starts a login-free shell at `width`x`height` with LANG=C.UTF-8 and a fresh data dir.
  init(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
    socket = "pos-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    dataDirectory = NSTemporaryDirectory() + "pos-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(
      atPath: dataDirectory, withIntermediateDirectories: true)
    guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
      throw E2EError.message("no binary at \(Self.binary): run `swift build` first")
    }
    var env = [
      "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color",
      "POS_CONSOLE_DATA": dataDirectory, "POS_CONSOLE_HOME": Self.repoRoot, "PS1": "$ ",
    ]
    env.merge(environment) { $1 }
    let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }
      .joined(separator: " ")
    try tmux([
      "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
      "env -i PATH=/usr/bin:/bin HOME=\(dataDirectory) \(exports) bash --norc --noprofile",
    ])
    try tmux(["set-option", "-t", name, "status", "off"])
  }

  deinit {
    _ = try? tmux(["kill-server"])
    try? FileManager.default.removeItem(atPath: dataDirectory)
  }

  /// Types a shell command line and Enter.
  func run(_ commandLine: String) throws {
    try tmux(["send-keys", "-t", name, "-l", commandLine])
    try tmux(["send-keys", "-t", name, "Enter"])
  }

  /// Sends tmux key names (`Down`, `Escape`, `C-c`) or literal text.
  func send(_ keys: String...) throws {
    for key in keys { try tmux(["send-keys", "-t", name, key]) }
  }

  func capture(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Polls the screen until `condition` holds (10 s), else fails with the screen dumped.
  @discardableResult
  func waitFor(
    _ description: String, timeout: TimeInterval = 10, file: StaticString = #filePath,
    line: UInt = #line, _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while Date() < deadline {
      screen = try capture()
      if condition(screen) { return screen }
      usleep(50_000)
    }
    XCTFail("timed out waiting for \(description); screen:\n\(screen)", file: file, line: line)
    throw E2EError.message("timed out waiting for \(description)")
  }

  func waitFor(text: String, file: StaticString = #filePath, line: UInt = #line) throws {
    try waitFor("'\(text)'", file: file, line: line) { $0.contains(text) }
  }

  /// The pid of the program running in the pane's shell, if any.
  func childPID() throws -> Int32? {
    let shell = try tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let children = try Self.shell("/usr/bin/pgrep", ["-P", shell])
    return children.split(separator: "\n").first.flatMap { Int32($0) }
  }

  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    try Self.shell("/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments)
  }

  /// Runs `command` in bash in `directory` with no terminal, output and status captured:
  /// for the commands a person runs outside the full screen.
  static func bash(_ command: String, in directory: String) throws -> (output: String, status: Int)
  {
    let out = try shell(
      "/bin/bash",
      ["-c", "cd '\(directory)' && { \(command); } 2>&1 < /dev/null; echo \"STATUS=$?\""])
    let parts = out.components(separatedBy: "STATUS=")
    let status = parts.last.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    return (parts.dropLast().joined(separator: "STATUS="), status ?? -1)
  }

  /// Runs a program to completion and returns its standard output.
  ///
  /// posix_spawn and waitpid rather than Foundation's Process: a tmux server started
  /// here keeps the descriptors it inherited, and Process then never saw its client
  /// end. Output goes to a file for the same reason.
  @discardableResult
  static func shell(_ executable: String, _ arguments: [String]) throws -> String {
    let outputPath = NSTemporaryDirectory() + "pos-e2e-out-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else { throw E2EError.message("cannot run \(executable): \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let data = FileManager.default.contents(atPath: outputPath) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}

enum E2EError: Error {
  case message(String)
}
