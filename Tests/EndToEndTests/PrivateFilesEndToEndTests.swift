import Foundation
import XCTest

/// Defect 6: the data dir and every file the program writes are private to the user.
final class PrivateFilesEndToEndTests: XCTestCase {
  private func mode(_ path: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.posixPermissions] as? Int ?? -1) & 0o777
  }

  func test_afterASale_everyFileTheConsoleWrote_is0600() throws {
    let session = try TmuxSession()
    try session.startConsole()
    try session.scanSale(amount: "3")
    try session.waitFor(text: "交易成功")
    let names = try FileManager.default.contentsOfDirectory(atPath: session.dataDirectory)
    for expected in ["pos-console.sqlite", "pos-console.sqlite-wal", "pos-console.log"] {
      XCTAssertTrue(names.contains(expected), "\(expected) missing from \(names)")
    }
    for name in names {
      XCTAssertEqual(mode(session.dataDirectory + "/" + name), 0o600, name)
    }
  }

  /// Issue 20 item 1: naming an existing folder keeps its modes (setgid too) and everything
  /// in it that the console did not write, for a read-only command and for the console.
  func test_anExistingFolderAsDataDir_keepsItsModes_andItsFiles() throws {
    let session = try TmuxSession()
    let folder = session.dataDirectory + "/shared"
    try FileManager.default.createDirectory(
      atPath: folder + "/www", withIntermediateDirectories: true)
    XCTAssertTrue(FileManager.default.createFile(atPath: folder + "/www/i.html", contents: nil))
    chmod(folder, 0o755)
    chmod(folder + "/www", 0o2775)
    chmod(folder + "/www/i.html", 0o664)
    try session.run(
      "clear; '\(TmuxSession.binary)' report --last --data-dir '\(folder)'; echo \"STATUS=$?\"")
    try session.waitFor("report's exit") {
      $0.range(of: "STATUS=[0-9]", options: .regularExpression) != nil
    }
    try session.run("clear")
    try session.startConsole("--data-dir '\(folder)'")
    try session.send("q")
    try session.waitFor(text: "EXIT=0")
    let full = { (path: String) -> Int in
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      return (attributes?[.posixPermissions] as? Int ?? -1) & 0o7777
    }
    XCTAssertEqual(full(folder), 0o755)
    XCTAssertEqual(full(folder + "/www"), 0o2775)
    XCTAssertEqual(full(folder + "/www/i.html"), 0o664)
    XCTAssertEqual(full(folder + "/pos-console.sqlite"), 0o600)
  }

  func test_withoutHomeOrAnyDataLocation_exits2WithAMessage() throws {
    let session = try TmuxSession()
    for command in ["", "trainer set-pin"] {
      try session.run(
        "clear; env -u HOME -u POS_CONSOLE_DATA -u XDG_DATA_HOME '\(TmuxSession.binary)' "
          + "\(command) < /dev/null; echo \"STATUS=$?\"")
      let screen = try session.waitFor("exit of '\(command)'") {
        $0.range(of: "STATUS=[0-9]", options: .regularExpression) != nil
      }
      XCTAssertTrue(screen.contains("STATUS=2"), screen)
      XCTAssertTrue(screen.contains("--data-dir"), screen)
    }
  }
}

/// Issue 20 item 8: a first run (no data dir yet) wrote no log; a FIFO named to `merchants
/// import` waited for ever; a theme starting with NUL was taken as an empty theme.
final class FirstRunAndOddFilesEndToEndTests: XCTestCase {
  func test_aFirstRun_inAFolderThatDoesNotExistYet_keepsALog() throws {
    let session = try TmuxSession()
    let fresh = session.dataDirectory + "/new/pos-console"
    try session.startConsole("--data-dir '\(fresh)'")
    try session.send("q")
    try session.waitFor(text: "EXIT=0")
    let log = (try? String(contentsOfFile: fresh + "/pos-console.log", encoding: .utf8)) ?? ""
    XCTAssertTrue(log.contains("quit"), "log: \(log)")
  }

  func test_aFIFO_toImport_isRefusedAtOnce_andANULTheme_isRefusedWithItsLine() throws {
    let session = try TmuxSession()
    let fifo = session.dataDirectory + "/merchants.csv"
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    let theme = session.dataDirectory + "/nul.toml"
    try Data([0] + Array("[roles]\n".utf8)).write(to: URL(fileURLWithPath: theme))
    let binary = "env POS_CONSOLE_DATA='\(session.dataDirectory)' '\(TmuxSession.binary)'"
    let started = Date()
    let imported = try TmuxSession.shell(
      "/bin/bash",
      ["-c", "timeout 10 \(binary) merchants import '\(fifo)' 2>&1; echo \"STATUS=$?\""])
    XCTAssertLessThan(Date().timeIntervalSince(started), 5, imported)
    XCTAssertFalse(imported.contains("STATUS=124") || imported.contains("STATUS=0"), imported)
    XCTAssertTrue(imported.contains("not a regular file") || imported.contains("不是普通文件"), imported)
    let themed = try TmuxSession.shell(
      "/bin/bash", ["-c", "\(binary) --theme '\(theme)' 2>&1 < /dev/null; echo \"STATUS=$?\""])
    XCTAssertTrue(themed.contains("nul.toml:1"), themed)
    XCTAssertTrue(themed.contains("STATUS=2"), themed)
  }
}
