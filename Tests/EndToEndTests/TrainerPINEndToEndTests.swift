import Foundation
import XCTest

/// Defect 7: `trainer set-pin` accepted 0000, never asked for the current PIN and lifted
/// a lockout; a reset without the old PIN is now its own explicit, logged command.
final class TrainerPINEndToEndTests: XCTestCase {
  private var binary: String { "'\(TmuxSession.binary)'" }

  /// Runs `command` in the pane and returns its output and exit status.
  private func shell(_ session: TmuxSession, _ command: String) throws -> (String, Int) {
    let tag = "S\(UUID().uuidString.prefix(8))"
    let output = session.dataDirectory + "/out-\(tag).txt"
    try session.run("clear; { \(command); } > '\(output)' 2>&1; echo \"\(tag)=$?\"")
    // The tag makes the status this run's, not the one still on screen from the last.
    let pattern = "\(tag)=[0-9]+"
    let screen = try session.waitFor("\(command) to end") {
      $0.range(of: pattern, options: .regularExpression) != nil
    }
    let status = screen.range(of: pattern, options: .regularExpression).map {
      Int(screen[$0].dropFirst(tag.count + 1)) ?? -1
    }
    let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(atPath: output)
    return (text, status ?? -1)
  }

  func test_setPIN_refusesEasyPINs_needsTheCurrentOne_andRespectsTheLockout() throws {
    let session = try TmuxSession()
    for easy in ["0000", "123456", "654321", "888888"] {
      let (text, status) = try shell(
        session, "printf '\(easy)\\n\(easy)\\n' | \(binary) trainer set-pin")
      XCTAssertEqual(status, 1, "\(easy): \(text)")
    }
    XCTAssertEqual(
      try shell(session, "printf '246813\\n246813\\n' | \(binary) trainer set-pin").1, 0)

    // A PIN is set: the first line must be the current PIN.
    let (wrong, wrongStatus) = try shell(
      session, "printf '975318\\n135792\\n135792\\n' | \(binary) trainer set-pin")
    XCTAssertEqual(wrongStatus, 1, wrong)
    XCTAssertTrue(wrong.contains("当前 PIN 错误"), wrong)
    XCTAssertEqual(
      try shell(session, "printf '246813\\n135792\\n135792\\n' | \(binary) trainer set-pin").1, 0)

    // Five wrong current PINs in a row lock it: then the right one no longer helps.
    for _ in 0..<5 {
      _ = try shell(session, "printf '000111\\n975318\\n975318\\n' | \(binary) trainer set-pin")
    }
    let (locked, lockedStatus) = try shell(
      session, "printf '135792\\n975318\\n975318\\n' | \(binary) trainer set-pin")
    XCTAssertEqual(lockedStatus, 1, locked)
    XCTAssertTrue(locked.contains("锁定"), locked)
  }

  func test_resetPIN_needsConfirm_saysWhatItClears_andIsLogged() throws {
    let session = try TmuxSession()
    XCTAssertEqual(
      try shell(session, "printf '246813\\n246813\\n' | \(binary) trainer set-pin").1, 0)
    let (asked, askedStatus) = try shell(session, "\(binary) trainer reset-pin")
    XCTAssertEqual(askedStatus, 1, asked)
    XCTAssertTrue(asked.contains("--confirm"), asked)

    let (done, status) = try shell(session, "\(binary) trainer reset-pin --confirm")
    XCTAssertEqual(status, 0, done)
    XCTAssertTrue(done.contains("已清除"), done)
    let log = try String(
      contentsOfFile: session.dataDirectory + "/pos-console.log", encoding: .utf8)
    XCTAssertTrue(log.contains("trainer pin reset"), log)
    // No PIN now: set-pin asks for none.
    XCTAssertEqual(
      try shell(session, "printf '135792\\n135792\\n' | \(binary) trainer set-pin").1, 0)
  }
}

/// Issue 20 item 17: the first-use prompt said 4-12 digits while the policy is 6-12, and
/// `set-pin --help` named `reset-pin` without the `--confirm` it needs.
final class TrainerPINWordsEndToEndTests: XCTestCase {
  func test_firstUsePrompt_saysTheRealLengths() throws {
    let session = try TmuxSession(width: 100, height: 30)
    try session.startConsole()
    try session.send("6")
    let screen = try session.waitFor("the first-use prompt") { $0.contains("首次使用") }
    XCTAssertTrue(screen.contains("（6-12 位数字）"), screen)
    XCTAssertFalse(screen.contains("4-12"), screen)
  }

  func test_setPINHelp_namesResetWithConfirm() throws {
    let help = try TmuxSession.shell(TmuxSession.binary, ["trainer", "set-pin", "--help"])
    let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(flat.contains("pos-console trainer reset-pin --confirm"), help)
  }
}

/// Issue 20 item 4 from the shell: eight wrong `set-pin`s at once left no lock on main.
final class TrainerPINParallelEndToEndTests: XCTestCase {
  func test_eightParallelWrongPINs_lock_theRightOneThenWaits() throws {
    let session = try TmuxSession()
    let binary = "'\(TmuxSession.binary)'"
    try session.run("printf '246813\\n246813\\n' | \(binary) trainer set-pin; echo \"SET=$?\"")
    try session.waitFor(text: "SET=0")
    let wrong = (0..<8).map { index in
      "(printf '97531\(index)\\n135792\\n135792\\n' | \(binary) trainer set-pin >/dev/null 2>&1) &"
    }.joined(separator: " ")
    try session.run("clear; \(wrong) wait; echo \"PARALLEL=done\"")
    try session.waitFor("the parallel entries", timeout: 60) { $0.contains("PARALLEL=done") }
    try session.run(
      "clear; printf '246813\\n135792\\n135792\\n' | \(binary) trainer set-pin; echo \"RIGHT=$?\"")
    let screen = try session.waitFor("the right PIN's answer", timeout: 20) {
      $0.range(of: "RIGHT=[0-9]", options: .regularExpression) != nil
    }
    XCTAssertTrue(screen.contains("RIGHT=1"), screen)
    XCTAssertTrue(screen.contains("锁定"), screen)
  }
}
