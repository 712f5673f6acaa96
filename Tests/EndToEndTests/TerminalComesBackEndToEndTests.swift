import Foundation
import XCTest

/// Defects 4, 5 and 8: whatever ends the console or a prompt, the terminal comes back sane.
final class TerminalComesBackEndToEndTests: XCTestCase {
  /// The shell printed the exit status (the command line itself shows `EXIT=$?`).
  private let exited: (String) -> Bool = {
    $0.range(of: "EXIT=[0-9]", options: .regularExpression) != nil
  }

  private func assertSaneTerminal(_ session: TmuxSession, _ what: String) throws {
    try session.run("clear; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ,; echo")
    try session.waitFor("sane terminal after \(what)") { $0.contains("icanon,echo,") }
  }

  /// Defect 8: QUIT printed a crash report and left the console running; USR1, USR2,
  /// ALRM and PIPE left the terminal raw. Each now ends it like TERM.
  func test_quitUsrAlrmPipe_endTheConsoleWithTheTerminalRestored() throws {
    for (name, number) in [
      ("QUIT", SIGQUIT), ("USR1", SIGUSR1), ("USR2", SIGUSR2), ("ALRM", SIGALRM),
      ("PIPE", SIGPIPE),
    ] {
      let session = try TmuxSession()
      try session.startConsole()
      guard let pid = try session.childPID() else { return XCTFail("no console for \(name)") }
      kill(pid, number)
      let screen = try session.waitFor("exit after SIG\(name)", exited)
      XCTAssertTrue(screen.contains("EXIT=\(128 + number)"), "SIG\(name):\n\(screen)")
      XCTAssertFalse(screen.contains("Backtrace") || screen.contains("Crash"), screen)
      try assertSaneTerminal(session, "SIG\(name)")
    }
  }

  /// Defect 5: Ctrl-C or TERM at the no-echo PIN prompt left echo off.
  func test_signalAtTheSetPINPrompt_turnsEchoBackOn() throws {
    for way in ["C-c", "TERM"] {
      let session = try TmuxSession()
      try session.run("'\(TmuxSession.binary)' trainer set-pin; echo \"EXIT=$?\"")
      try session.waitFor(text: "PIN")
      if way == "C-c" {
        try session.send("C-c")
      } else {
        guard let pid = try session.childPID() else { return XCTFail("no set-pin process") }
        kill(pid, SIGTERM)
      }
      if way == "C-c" {
        // bash drops the rest of the line when its child dies of SIGINT: wait for the prompt.
        try session.waitFor("the shell prompt after Ctrl-C") {
          $0.components(separatedBy: "PIN").last?.contains("\n$") ?? false
        }
      } else {
        let screen = try session.waitFor("set-pin ended by \(way)", exited)
        XCTAssertTrue(screen.contains("EXIT=143"), screen)
      }
      try assertSaneTerminal(session, way)
    }
  }

  /// Defect 4: when the terminal goes away without a hang-up signal reaching the console
  /// (its input is a pseudo-terminal it does not control), reads fail; it used to spin at
  /// 100% CPU. It must end within a second, with a non-zero status.
  func test_terminalGoneWithoutHangUp_endsTheConsoleWithinASecond() throws {
    // A pseudo-terminal by hand (posix_openpt is hidden from Swift's Glibc): Linux's
    // TIOCSPTLCK unlocks the slave, TIOCGPTN names it.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    XCTAssertGreaterThanOrEqual(master, 0)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    XCTAssertEqual(ioctl(master, 0x4004_5431, &unlock), 0)
    XCTAssertEqual(ioctl(master, 0x8004_5430, &number), 0)
    let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    XCTAssertGreaterThanOrEqual(slave, 0)
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(slave, UInt(TIOCSWINSZ), &size)

    let data = NSTemporaryDirectory() + "pos-e2e-gone-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: data) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for target in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, target) }
    posix_spawn_file_actions_addclose(&actions, master)
    // setsid(1): a session of its own, and the pty opened with O_NOCTTY never becomes its
    // controlling terminal, so closing the master sends no SIGHUP: only reads fail.
    let arguments: [String] = ["/usr/bin/setsid", TmuxSession.binary]
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let variables: [String] = [
      "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "POS_CONSOLE_DATA=\(data)",
      "POS_CONSOLE_HOME=\(TmuxSession.repoRoot)", "HOME=\(data)",
    ]
    let env: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
    defer { for pointer in env { free(pointer) } }
    var pid: pid_t = 0
    XCTAssertEqual(posix_spawn(&pid, "/usr/bin/setsid", &actions, nil, argv, env), 0)
    close(slave)

    // Wait for the first frame, then take the terminal away.
    var seen = ""
    let started = Date()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !seen.contains("退出"), Date().timeIntervalSince(started) < 10 {
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 200) > 0 else { continue }
      let count = read(master, &buffer, buffer.count)
      if count > 0 { seen += String(decoding: buffer[0..<count], as: UTF8.self) }
    }
    XCTAssertTrue(seen.contains("退出"), "the console never drew its home screen: \(seen)")
    close(master)

    let gone = Date()
    var status: Int32 = 0
    var ended = false
    while Date().timeIntervalSince(gone) < 3 {
      if waitpid(pid, &status, WNOHANG) == pid {
        ended = true
        break
      }
      usleep(10_000)
    }
    if !ended {
      kill(pid, SIGKILL)
      _ = waitpid(pid, &status, 0)
    }
    XCTAssertTrue(ended, "still running 3 s after its terminal went away")
    XCTAssertLessThan(Date().timeIntervalSince(gone), 1.0)
    // Exited (not killed by a signal), with a non-zero status.
    XCTAssertEqual(status & 0x7f, 0, "ended by signal \(status & 0x7f)")
    XCTAssertNotEqual((status >> 8) & 0xff, 0)
  }
}
