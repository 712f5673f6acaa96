import Model
import XCTest

/// The issue's wrong guides, made by `GuideMutation`, are each caught by the proof.
final class GuideMutationTests: XCTestCase {
  func testTheIssuesWrongGuidesAreKilled() throws {
    let guide = try GuideFixtures.shippedGuide()
    let book = ProverCaseBook.load(GuideFixtures.guidesDirectory + "/cases.toml")
    let mutants = GuideMutation.mutants(of: GuideFixtures.shippedSource, guide: guide)
    let wanted = [
      "swap labels of read.window options 1 and 2",
      "swap the titles of verdict.low-light and verdict.glare",
      "swap the titles of starts no-response and light-no-read",
      "restart becomes a factory reset",
      "wrong PIN and insufficient funds sent to 95016",
      "blank the meanwhile of payment-fails",
      "set the minimum firmware to 9.0.0",
      "no charge check after a timeout",
      "loop verdict.wrong-key back to noresp.screen",
      "drop the action of verdict.lens-dirty",
    ]
    for name in wanted {
      let mutant = try XCTUnwrap(mutants.first { $0.name == name }, name)
      let wrong = try GuideLibrary.guide(source: mutant.source, file: "t.toml")
      XCTAssertFalse(ProverReport(guide: wrong, cases: book.cases).passed, name)
    }
    XCTAssertTrue(ProverReport(guide: guide, cases: book.cases).passed)
  }
}
