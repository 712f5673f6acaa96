import Foundation
import XCTest

/// Issue 20 item 16: what a newcomer reads in the README is what a fresh data dir does.
final class NewcomerReadmeEndToEndTests: XCTestCase {
  private var readme: String {
    get throws { try String(contentsOfFile: TmuxSession.repoRoot + "/README.md", encoding: .utf8) }
  }

  private func freshDataDir() -> String {
    let path = NSTemporaryDirectory() + "pos-readme-" + UUID().uuidString
    addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
  }

  func test_readme_namesTheSampleStoreAndCountsTheSampleMerchants() throws {
    let data = freshDataDir()
    let store = try TmuxSession.shell(
      TmuxSession.binary, ["store", "show", "--data-dir", data, "--lang", "zh"])
    let text = try readme
    for line in store.split(separator: "\n") {
      let value = String(line.split(separator: " ", omittingEmptySubsequences: true).last ?? "")
      XCTAssertFalse(value.isEmpty, store)
      XCTAssertTrue(text.contains(value), "README does not name the sample \(line)")
    }
    let export = try TmuxSession.shell(
      TmuxSession.binary, ["merchants", "export", "--data-dir", data, "--quiet"])
    let merchants = export.split(separator: "\n").count - 1
    XCTAssertEqual(merchants, 8, export)
    XCTAssertTrue(text.contains("\(merchants) sample merchants"), "README miscounts the samples")
    XCTAssertTrue(text.contains("`pos-console store show`"))
    XCTAssertTrue(text.contains("store set [--merchant N]"))
  }

  func test_readme_givesTheMerchantCSVHeaderThatImportTakes() throws {
    let help = try TmuxSession.shell(TmuxSession.binary, ["merchants", "import", "--help"])
    let header = try XCTUnwrap(
      help.split(separator: "\n").first { $0.hasPrefix("Header: ") }?.dropFirst("Header: ".count))
    XCTAssertTrue(try readme.contains("header `\(header)`"), "README lacks \(header)")
  }

  func test_readme_doesNotPromiseQuestionMarkHelpOnTheUnit() throws {
    XCTAssertFalse(try readme.contains("| F1 or ? |"))
    XCTAssertTrue(try readme.contains("so help is F1 only"))
  }
}
