import XCTest

@testable import Model

final class TerminalFaultListTests: XCTestCase {
  func test_faultIDs_areExactlyTheStableList() {
    XCTAssertEqual(
      ScanFault.allCases.map(\.rawValue),
      [
        "camera-broken", "lens-dirty", "low-light", "glare", "permission-off", "firmware-old",
        "unsupported-code", "code-expired", "network-down", "weak-signal", "server-maintenance",
        "merchant-risk-hold", "wrong-key", "card-permission-off", "wrong-pin",
        "insufficient-funds",
      ])
  }

  func test_parseList_readsCommaSeparatedIDs() throws {
    XCTAssertEqual(try ScanFault.parseList("lens-dirty, glare"), [.lensDirty, .glare])
    XCTAssertEqual(try ScanFault.parseList(""), [])
    XCTAssertEqual(try ScanFault.parseList("glare,glare"), [.glare])
  }

  func test_parseList_namesTheUnknownID() {
    XCTAssertThrowsError(try ScanFault.parseList("glare,camera-brokn")) { error in
      XCTAssertEqual(error as? ScanFaultError, .unknownID("camera-brokn", position: 2))
      XCTAssertTrue("\(error)".contains("camera-brokn"))
      XCTAssertTrue("\(error)".contains("camera-broken"))
    }
    XCTAssertThrowsError(try ScanFault.parseList("glare,,low-light")) { error in
      XCTAssertEqual(error as? ScanFaultError, .emptyItem(position: 2))
    }
  }

  func test_everyFault_hasTitlesInBothLanguages() {
    for fault in ScanFault.allCases {
      XCTAssertFalse(fault.title(.zh).isEmpty)
      XCTAssertFalse(fault.title(.en).isEmpty)
    }
  }

  func test_splitMix64_replaysForTheSameSeed() {
    var a = SplitMix64(seed: 42)
    var b = SplitMix64(seed: 42)
    var c = SplitMix64(seed: 43)
    let first = (0..<5).map { _ in a.next() }
    XCTAssertEqual(first, (0..<5).map { _ in b.next() })
    XCTAssertNotEqual(first, (0..<5).map { _ in c.next() })
    // The reference value of SplitMix64 for seed 0, so the sequence never drifts.
    var zero = SplitMix64(seed: 0)
    XCTAssertEqual(zero.next(), 0xE220_A839_7B1D_CDAF)
  }
}
