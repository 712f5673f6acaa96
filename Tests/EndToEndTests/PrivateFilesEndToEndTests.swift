import Foundation
import XCTest

/// Defect 6: the data dir and every file the program writes are private to the user.
final class PrivateFilesEndToEndTests: XCTestCase {
  private func mode(_ path: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.posixPermissions] as? Int ?? -1) & 0o777
  }

  func test_afterASale_theDataDirIs0700_andEveryFileInIt0600() throws {
    let session = try TmuxSession()
    chmod(session.dataDirectory, 0o755)
    try session.startConsole()
    try session.scanSale(amount: "3")
    try session.waitFor(text: "交易成功")
    let names = try FileManager.default.contentsOfDirectory(atPath: session.dataDirectory)
    for expected in ["pos-console.sqlite", "pos-console.sqlite-wal", "pos-console.log"] {
      XCTAssertTrue(names.contains(expected), "\(expected) missing from \(names)")
    }
    XCTAssertEqual(mode(session.dataDirectory), 0o700)
    for name in names {
      XCTAssertEqual(mode(session.dataDirectory + "/" + name), 0o600, name)
    }
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
