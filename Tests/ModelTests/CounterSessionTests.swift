import XCTest

@testable import Model

/// What the cashier's actions at the counter change: the shop in force, training's judgement
/// and the parked unit.
final class CounterSessionTests: XCTestCase {
  private let scenario = TrainingScenario(
    id: "lens-dirty", title: LocalizedText(zh: "脏", en: "Dirty"),
    faultIDs: ["lens-dirty"], presents: .walletCode("wechat"), cause: "verdict.lens-dirty",
    par: TrainingPar(steps: 5, seconds: 180), hints: [])

  private func inTraining() -> CounterSession {
    var mode = TrainingMode(trainee: "li", scenario: scenario, faults: [.lensDirty])
    mode.started = Date(timeIntervalSince1970: 0)
    return CounterSession(shop: ShopState.with(faults: [.lowLight]), training: mode)
  }

  func test_outsideTraining_anActionChangesTheShop() {
    var counter = CounterSession(shop: ShopState.with(faults: [.lensDirty]))
    XCTAssertTrue(counter.currentShop.has(.lensDirty))
    counter.act(.wipeWindow)
    XCTAssertFalse(counter.shop.has(.lensDirty))
    XCTAssertFalse(counter.currentShop.has(.lensDirty))
  }

  func test_inTraining_anActionChangesTrainingsShop_isJudged_andLeavesTheOutsideShop() {
    var counter = inTraining()
    XCTAssertTrue(counter.currentShop.has(.lensDirty))
    counter.act(.wipeWindow)
    XCTAssertFalse(counter.currentShop.has(.lensDirty))
    XCTAssertEqual(counter.training?.actions.actions, [.wipeWindow])
    XCTAssertTrue(counter.shop.has(.lowLight), "the outside shop is not training's")
    XCTAssertFalse(counter.shop.has(.lensDirty))
  }

  func test_guidedActions_changeTheShop_butAreNotTheTraineesChoice() {
    var counter = inTraining()
    counter.actAsGuided([.wipeWindow, .restart])
    XCTAssertFalse(counter.currentShop.has(.lensDirty))
    XCTAssertEqual(counter.training?.actions.actions, [])
  }

  func test_theUnitsOwnShopChange_replacesTheShopInForce() {
    var counter = inTraining()
    var moved = counter.currentShop
    moved.onMetal = true
    counter.setShop(moved)
    XCTAssertEqual(counter.currentShop.onMetal, true)
    XCTAssertEqual(counter.shop.onMetal, false)
    counter.training = nil
    counter.setShop(moved)
    XCTAssertEqual(counter.shop.onMetal, true)
  }

  func test_steps_areCountedOnlyDuringARun() {
    var counter = inTraining()
    counter.countTrainingStep()
    counter.countTrainingStep()
    XCTAssertEqual(counter.training?.steps, 2)
    counter.training?.scenario = nil
    counter.countTrainingStep()
    XCTAssertEqual(counter.training?.steps, 2, "free practice counts no steps")
    var outside = CounterSession(shop: ShopState())
    outside.countTrainingStep()
    XCTAssertNil(outside.training)
  }

  func test_aRestart_rebootsTheParkedUnit_andTheUnitForgetsItDidIt() throws {
    let unit = try TerminalFixture.signedIn()
    XCTAssertTrue(unit.atStartMenu)
    var counter = CounterSession(shop: ShopState(), parkedTerminal: unit)
    counter.act(.restart)
    var parked = try XCTUnwrap(counter.parkedTerminal)
    XCTAssertFalse(parked.atStartMenu, "a restart reboots the unit to its sign-in")
    XCTAssertEqual(parked.takeActsDone(), [], "the counter judged it; the unit does not again")
    counter.act(.wipeWindow)
    XCTAssertNotNil(counter.parkedTerminal)
  }
}
