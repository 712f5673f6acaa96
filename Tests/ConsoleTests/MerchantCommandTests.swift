import ArgumentParser
import Foundation
import XCTest

@testable import Console

/// The `lookup` and `merchants` commands wired to the Model: exit codes and files, not output text
/// (the text is decided and tested in Model).
final class MerchantCommandTests: XCTestCase {
  private var dataDirectory = ""

  override func setUpWithError() throws {
    dataDirectory =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("merchant-cli-\(UUID().uuidString)").path
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: dataDirectory)
  }

  private func exitCode(_ arguments: [String]) throws -> Int32 {
    var command = try PosConsoleCommand.parseAsRoot(arguments + ["--data-dir", dataDirectory])
    do {
      try command.run()
      return 0
    } catch let exit as ExitCode {
      return exit.rawValue
    }
  }

  func test_lookupOfTheStoreMerchant_exits0OnFirstRun() throws {
    XCTAssertEqual(try exitCode(["lookup", "822581054110001"]), 0)
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: dataDirectory + "/pos-console.sqlite"))
  }

  func test_lookupExitCodes_notFound1_slipMismatch1_malformed2() throws {
    XCTAssertEqual(try exitCode(["lookup", "822581054119999"]), 1)
    XCTAssertEqual(
      try exitCode(["lookup", "822581054110001", "--slip", "822581070110001", "--format", "json"]),
      1)
    XCTAssertEqual(try exitCode(["lookup", "82258105411000"]), 2)
  }

  func test_importThenLookup_findsTheImportedMerchant() throws {
    let csv = dataDirectory + "-in.csv"
    defer { try? FileManager.default.removeItem(atPath: csv) }
    try Data(
      "merchant_number,name,mcc,region,terminals,methods,status\n822581054110101,甲店,,,10500001,scan,normal\n"
        .utf8
    ).write(to: URL(fileURLWithPath: csv))
    XCTAssertEqual(try exitCode(["merchants", "import", csv]), 0)
    XCTAssertEqual(try exitCode(["lookup", "822581054110101"]), 0)
  }

  func test_importOfABadFile_exits1() throws {
    let csv = dataDirectory + "-bad.csv"
    defer { try? FileManager.default.removeItem(atPath: csv) }
    try Data("number,name\n1,2\n".utf8).write(to: URL(fileURLWithPath: csv))
    XCTAssertEqual(try exitCode(["merchants", "import", csv]), 1)
  }
}
