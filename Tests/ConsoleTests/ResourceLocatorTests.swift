import Foundation
import XCTest

@testable import Console

final class ResourceLocatorTests: XCTestCase {
  private var root: URL!

  override func setUpWithError() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "locator-\(UUID().uuidString)")
    let data = root.appendingPathComponent("home/data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: data.appendingPathComponent("payment-codes.toml"))
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("home/.build/debug"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: root)
  }

  func test_environmentHome_isTriedFirst() {
    let found = locateResource(
      "data/payment-codes.toml", environment: ["POS_CONSOLE_HOME": root.path + "/home"],
      currentDirectory: root.path + "/elsewhere", executable: "/nonexistent/pos-console")
    XCTAssertEqual(found, root.path + "/home/data/payment-codes.toml")
  }

  func test_parentsOfTheExecutable_areSearched() {
    let found = locateResource(
      "data/payment-codes.toml", environment: [:], currentDirectory: root.path + "/elsewhere",
      executable: root.path + "/home/.build/debug/pos-console")
    XCTAssertEqual(
      found.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path },
      URL(fileURLWithPath: root.path + "/home/data/payment-codes.toml")
        .resolvingSymlinksInPath().path)
  }

  func test_missingResource_answersNil() {
    XCTAssertNil(
      locateResource(
        "data/payment-codes.toml", environment: [:], currentDirectory: root.path + "/elsewhere",
        executable: root.path + "/elsewhere/pos-console"))
  }
}
