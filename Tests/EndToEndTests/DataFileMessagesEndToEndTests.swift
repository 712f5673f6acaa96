import Foundation
import XCTest

/// Defect 9 on the command line: bad data files and a terminal that cannot draw give
/// `file:line: what is wrong` (or a plain sentence) and exit 2, never a dump or a hang.
final class DataFileMessagesEndToEndTests: XCTestCase {
  private func run(_ command: String, in directory: String) throws -> (String, Int) {
    try TmuxSession.bash(command, in: directory)
  }

  func test_badThemesAndScenarios_sayFileLineWhat_andExit2() throws {
    let directory = NSTemporaryDirectory() + "pos-e2e-files-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try (Data("[roles]\n\"caf".utf8) + Data([0xE9]) + Data("\" = { fg = \"red\" }\n".utf8))
      .write(to: URL(fileURLWithPath: directory + "/latin1.toml"))
    try Data("[[scenario]]\nid = \n".utf8).write(to: URL(fileURLWithPath: directory + "/x.toml"))
    let binary = "env POS_CONSOLE_DATA='\(directory)' '\(TmuxSession.binary)'"

    let started = Date()
    let (zero, zeroStatus) = try run("timeout 10 \(binary) --theme /dev/zero", in: directory)
    XCTAssertEqual(zeroStatus, 2, zero)
    XCTAssertTrue(zero.contains("/dev/zero:1: not a regular file"), zero)
    XCTAssertLessThan(Date().timeIntervalSince(started), 5)

    let (latin, latinStatus) = try run("\(binary) --theme latin1.toml", in: directory)
    XCTAssertEqual(latinStatus, 2, latin)
    XCTAssertTrue(latin.contains("latin1.toml:2: not UTF-8"), latin)

    let (validate, validateStatus) = try run("\(binary) training validate x.toml", in: directory)
    XCTAssertNotEqual(validateStatus, 0, validate)
    XCTAssertTrue(validate.contains("x.toml:"), validate)
    XCTAssertFalse(validate.contains(":0:"), validate)
    XCTAssertFalse(validate.contains(": :"), validate)
    XCTAssertFalse(validate.contains(" 0 个问题") || validate.contains(" 0 findings"), validate)

    let (dumb, dumbStatus) = try run(
      "TERM=dumb script -qec \"\(binary.replacingOccurrences(of: "'", with: ""))\" /dev/null",
      in: directory)
    XCTAssertEqual(dumbStatus, 2, dumb)
    XCTAssertTrue(dumb.contains("cannot move the cursor"), dumb)
  }
}

/// Issue 20 item 6: a line `[[[` in any TOML file the program reads aborted it (exit 134,
/// toml++'s assertion); now each reader says `file:line` and the program goes on or exits 2.
final class TOMLHeaderEndToEndTests: XCTestCase {
  func test_aTripleBracketLine_inEveryKindOfFile_isFileLine_neverACrash() throws {
    let directory = NSTemporaryDirectory() + "pos-e2e-toml-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Data("# a comment\n\n[[[\n".utf8).write(to: URL(fileURLWithPath: directory + "/bad.toml"))
    let binary = "env POS_CONSOLE_DATA='\(directory)' LANG=en_US.UTF-8 '\(TmuxSession.binary)'"
    for command in [
      "--theme bad.toml", "training validate bad.toml", "guides validate bad.toml",
      "terminal validate bad.toml", "classify --data bad.toml 134567890123456789",
    ] {
      let out = try TmuxSession.shell(
        "/bin/bash",
        [
          "-c",
          "cd '\(directory)' && { \(binary) \(command); } 2>&1 < /dev/null; echo \"STATUS=$?\"",
        ])
      XCTAssertTrue(out.contains("bad.toml:3"), "\(command): \(out)")
      XCTAssertFalse(out.contains("STATUS=134"), "\(command): \(out)")
      XCTAssertFalse(out.contains("STATUS=0\n"), "\(command): \(out)")
    }
  }

  /// The console itself: a profile with `[[[` is named with its line before any sale.
  func test_theConsole_withABadProfile_showsItsLine_andRuns() throws {
    let session = try TmuxSession(width: 120, height: 30)
    let path = session.dataDirectory + "/bad-profile.toml"
    try Data("[[[\n".utf8).write(to: URL(fileURLWithPath: path))
    try session.startConsole("--terminal-profile '\(path)'")
    try session.send("1")
    try session.waitFor(text: "bad-profile.toml:1")
    XCTAssertFalse(try session.capture().contains("EXIT=134"))
  }
}
