import Foundation
import XCTest

/// Issue 20 item 7, as the back office sees it: an export opened in a spreadsheet runs no
/// formula, an import refuses C1 and direction controls by line, and `lookup` prints a
/// stored control character escaped, never raw into the terminal.
final class MerchantTextSafetyEndToEndTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "pos-e2e-csv-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  private func run(_ command: String) throws -> String {
    try TmuxSession.shell(
      "/bin/bash",
      [
        "-c",
        "cd '\(directory)' && { env POS_CONSOLE_DATA='\(directory)' LANG=en_US.UTF-8 "
          + "'\(TmuxSession.binary)' \(command); } 2>&1 < /dev/null; echo \"STATUS=$?\"",
      ])
  }

  private let header = "merchant_number,name,mcc,region,terminals,methods,status\n"

  func test_export_neutralisesFormulas_importRefusesControls_lookupEscapes() throws {
    try Data(
      (header
        + "822581054110101,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,,10500001,scan,normal\n"
        + "822581054110102,@SUM(A1),,,10500002,scan,normal\n").utf8
    ).write(to: URL(fileURLWithPath: directory + "/in.csv"))
    XCTAssertTrue(try run("merchants import in.csv").contains("STATUS=0"))
    let exported = try run("merchants export")
    XCTAssertTrue(exported.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), exported)
    XCTAssertTrue(exported.contains(",'@SUM(A1),"), exported)
    XCTAssertFalse(exported.contains(",=") || exported.contains(",\"=") || exported.contains(",@"))

    try Data((header + "822581054110103,\u{202E}店名,,,10500003,scan,normal\n").utf8)
      .write(to: URL(fileURLWithPath: directory + "/bidi.csv"))
    let refused = try run("merchants import bidi.csv")
    XCTAssertFalse(refused.contains("STATUS=0"), refused)
    XCTAssertTrue(refused.contains("U+202E"), refused)
    XCTAssertTrue(refused.contains("line 2"), refused)

    // A name stored before imports refused these (an older version wrote it).
    _ = try TmuxSession.shell(
      "/usr/bin/sqlite3",
      [
        directory + "/pos-console.sqlite",
        "UPDATE merchant SET name = '店' || char(155) || '2J' || char(8238) || 'x' "
          + "WHERE number = '822581054110102'",
      ])
    let looked = try run("lookup 822581054110102")
    XCTAssertTrue(looked.contains("店\\u{9B}2J\\u{202E}x"), looked)
    XCTAssertFalse(looked.contains("\u{9B}") || looked.contains("\u{202E}"), looked)
  }
}
