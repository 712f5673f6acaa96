import ArgumentParser
import Foundation
import XCTest

@testable import Console

/// `guides prove` wired to the Model prover: exit codes (the walks are tested in Model).
final class GuidesProveCommandTests: XCTestCase {
  private var file = ""

  override func setUpWithError() throws {
    file =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("prove-\(UUID().uuidString).toml").path
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: file)
  }

  private func exitCode(_ arguments: [String]) throws -> Int32 {
    var command = try PosConsoleCommand.parseAsRoot(["guides", "prove"] + arguments)
    do {
      try command.run()
      return 0
    } catch let exit as ExitCode {
      return exit.rawValue
    }
  }

  private var shipped: String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent("guides/scan-selfcheck.toml").path
  }

  func testAWrongMappingFailsTheProofWithExit1() throws {
    let source = try String(contentsOfFile: shipped, encoding: .utf8)
      .replacingOccurrences(of: "next = \"verdict.lens-dirty\"", with: "next = \"read.light\"")
    try source.write(toFile: file, atomically: true, encoding: .utf8)
    XCTAssertEqual(try exitCode([file, "--format", "json"]), 1)
  }

  func testAnUnreadableGuideExits2() throws {
    XCTAssertEqual(try exitCode([file]), 2)
  }
}
