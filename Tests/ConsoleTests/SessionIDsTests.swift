import Foundation
import XCTest

@testable import Console

/// The loop's IDs name self-check sessions in the shared database: never the same twice,
/// in one console or across two.
final class SessionIDsTests: XCTestCase {
  func test_idsAreVersion4UUIDs_neverRepeatedInOneConsole() {
    let ids = SessionIDs()
    let drawn = (0..<1000).map { _ in ids.next() }
    XCTAssertEqual(Set(drawn).count, 1000)
    for id in drawn.prefix(20) {
      XCTAssertNotNil(UUID(uuidString: id), id)
      let characters = Array(id)
      XCTAssertEqual(characters[14], "4", id)
      XCTAssertTrue("89AB".contains(characters[19]), id)
    }
  }

  func test_twoConsoles_drawDifferentIDs() {
    let first = SessionIDs()
    let second = SessionIDs()
    let a = Set((0..<100).map { _ in first.next() })
    let b = Set((0..<100).map { _ in second.next() })
    XCTAssertTrue(a.isDisjoint(with: b))
  }
}
