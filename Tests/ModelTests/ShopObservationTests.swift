import Model
import XCTest

final class ShopObservationTests: XCTestCase {
  private var rng = SplitMix64(seed: 3)

  private func look(_ observation: ShopObservation, _ state: ShopState) -> String {
    observation.value(in: state, rng: &rng)
  }

  func testLowLightIsSeenAndFixedByBetterLight() {
    var state = ShopState.with(faults: [.lowLight])
    XCTAssertEqual(look(.light, state), "dim")
    XCTAssertEqual(look(.read, state), "nothing")
    XCTAssertEqual(ShopObservation.light.describe("dim").zh, "收银台很暗，码看不太清")
    state = ShopAction.betterLight.apply(to: state)
    XCTAssertEqual(look(.light, state), "normal")
    XCTAssertEqual(look(.read, state), "reads")
    XCTAssertEqual(state.faults, [])
  }

  func testShadingDoesNotHelpDimLightAndWipingDoesNotHelpGlare() {
    let dim = ShopAction.shade.apply(to: .with(faults: [.lowLight]))
    XCTAssertEqual(dim.faults, [.lowLight])
    let glare = ShopAction.wipeWindow.apply(to: .with(faults: [.glare]))
    XCTAssertEqual(look(.light, glare), "glaring")
    XCTAssertEqual(ShopAction.shade.apply(to: glare).faults, [])
  }

  func testSmudgedWindowIsSeenAndWiped() {
    let state = ShopState.with(faults: [.lensDirty])
    XCTAssertEqual(look(.window, state), "smudged")
    XCTAssertEqual(ShopObservation.window.describe("smudged").zh, "扫码窗上有一层油膜")
    let wiped = ShopAction.wipeWindow.apply(to: state)
    XCTAssertEqual(look(.window, wiped), "clean")
    XCTAssertEqual(look(.read, wiped), "reads")
  }

  func testMobileDataGetsPastDeadWifiButFirmwareNeedsALink() {
    let down = ShopState.with(faults: [.networkDown, .firmwareOld])
    XCTAssertEqual(look(.network, down), "none")
    XCTAssertEqual(ShopAction.updateFirmware.apply(to: down).faults, [.firmwareOld, .networkDown])
    let mobile = ShopAction.mobileData.apply(to: down)
    XCTAssertEqual(look(.network, mobile), "good")
    XCTAssertEqual(ShopAction.updateFirmware.apply(to: mobile).faults, [])
  }

  func testEveryObservationGivesOnlyItsOwnValues() {
    for fault in ScanFault.allCases {
      let state = ShopState.with(faults: [fault])
      for observation in ShopObservation.allCases {
        let value = look(observation, state)
        XCTAssertTrue(observation.values.contains(value), "\(observation) gave \(value)")
      }
    }
  }
}
