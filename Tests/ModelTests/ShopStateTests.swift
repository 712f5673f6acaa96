import Model
import XCTest

final class ShopStateTests: XCTestCase {
  /// Share of `runs` seeded reads that succeed in `state`.
  private func readRate(_ state: ShopState, runs: Int = 400) -> Double {
    var rng = SplitMix64(seed: 7)
    let reads = (0..<runs).filter { _ in state.scanReads(tries: 1, rng: &rng) }.count
    return Double(reads) / Double(runs)
  }

  func testEveryFaultChangesTheStateAndIsSeenThere() {
    let healthy = ShopState()
    XCTAssertEqual(healthy.faults, [])
    for fault in ScanFault.allCases {
      let state = ShopState.with(faults: [fault])
      XCTAssertNotEqual(state, healthy, "\(fault) changes nothing")
      XCTAssertEqual(state.faults, [fault], "\(fault) shows as \(state.faults)")
    }
  }

  func testAHealthyShopReadsAndPays() {
    let state = ShopState()
    XCTAssertGreaterThan(readRate(state), 0.9)
    XCTAssertEqual(state.scanStart, .ready)
    XCTAssertEqual(state.payOutcome, .approved)
    XCTAssertEqual(state.cardOutcome, .approved)
  }

  func testDimLightAndSmudgeFailReadsAndTogetherWorse() {
    let dim = readRate(.with(faults: [.lowLight]))
    let smudged = readRate(.with(faults: [.lensDirty]))
    let both = ShopState.with(faults: [.lowLight, .lensDirty])
    XCTAssertLessThan(dim, 0.2)
    XCTAssertLessThan(smudged, 0.2)
    XCTAssertLessThan(both.readOdds, ShopState.with(faults: [.lowLight]).readOdds)
    XCTAssertEqual(readRate(.with(faults: [.cameraBroken])), 0)
  }

  func testSeededReadsReplay() {
    let state = ShopState.with(faults: [.glare])
    var first = SplitMix64(seed: 42)
    var second = SplitMix64(seed: 42)
    let a = (0..<50).map { _ in state.scanReads(rng: &first) }
    let b = (0..<50).map { _ in state.scanReads(rng: &second) }
    XCTAssertEqual(a, b)
  }

  func testHostAndAccountFaultsDecideTheSaleOutcome() {
    XCTAssertEqual(ShopState.with(faults: [.permissionOff]).payOutcome, .notPermitted)
    XCTAssertEqual(ShopState.with(faults: [.permissionOff]).cardOutcome, .approved)
    XCTAssertEqual(ShopState.with(faults: [.networkDown]).payOutcome, .networkDown)
    XCTAssertEqual(ShopState.with(faults: [.weakSignal]).payOutcome, .timedOut)
    XCTAssertEqual(ShopState.with(faults: [.serverMaintenance]).cardOutcome, .maintenance)
    XCTAssertEqual(ShopState.with(faults: [.firmwareOld]).payOutcome, .firmwareTooOld)
    XCTAssertEqual(ShopState.with(faults: [.unsupportedCode]).payOutcome, .unsupported)
    XCTAssertEqual(ShopState.with(faults: [.wrongPIN]).cardOutcome, .wrongPIN)
    XCTAssertEqual(ShopState.with(faults: [.wrongKey]).scanStart, .interrupted)
    XCTAssertEqual(ShopState.with(faults: [.cameraBroken]).scanStart, .cameraFails)
  }
}
