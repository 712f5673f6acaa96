import Foundation
import Model
import XCTest

@testable import Console

/// Defect 3: leaving training needs the PIN, so a quit or a crash must not end it: the
/// services keep "training on" in the database and the next start loads it.
final class TrainingStoredModeTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("training-stored-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  private func started() -> (AppServices, AppState) {
    let services = AppServices(dataDirectory: directory, log: EventLog(directory: directory))
    var state = AppState(language: .zh, size: ScreenSize(width: 80, height: 24))
    state = update(state, .resourcesLoaded(services.loadResources())).0
    return (services, state)
  }

  func test_enteringTraining_thenRestarting_startsInTraining_untilThePINLeaves() throws {
    do {
      let (services, _) = started()
      let gate = TrainerPINGate(database: try XCTUnwrap(services.database))
      try gate.setPIN("741852", iterations: 1_000)
      let answers = services.perform(.training(.checkPIN("741852", .enter)))
      XCTAssertFalse(answers.isEmpty)
    }
    // A new process (the old one was killed): training is on before any key.
    let (services, state) = started()
    XCTAssertNotNil(state.training)
    XCTAssertTrue(
      state.screenText.contains("非真实交易"), state.screenText)

    _ = services.perform(.training(.checkPIN("741852", .leave)))
    let (_, after) = started()
    XCTAssertNil(after.training, "the PIN turned it off")
  }

  func test_aWrongPINToLeave_keepsTrainingStored() throws {
    do {
      let (services, _) = started()
      try TrainerPINGate(database: try XCTUnwrap(services.database))
        .setPIN("741852", iterations: 1_000)
      _ = services.perform(.training(.checkPIN("741852", .enter)))
      _ = services.perform(.training(.checkPIN("999999", .leave)))
    }
    XCTAssertNotNil(started().1.training)
  }
}
