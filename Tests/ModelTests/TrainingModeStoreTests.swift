import Foundation
import XCTest

@testable import Model

/// Defect 3: training is stored state, so a restart finds it on.
final class TrainingModeStoreTests: XCTestCase {
  func test_trainingOn_survivesReopeningTheDatabase_untilTurnedOff() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("training-mode-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let since = Date(timeIntervalSince1970: 1_800_000_000)
    do {
      let store = TrainingModeStore(database: try AppDatabase(path: path))
      XCTAssertNil(try store.load())
      try store.turnOn(at: since, trainee: "li")
    }
    let reopened = TrainingModeStore(database: try AppDatabase(path: path))
    XCTAssertEqual(try reopened.load(), TrainingModeRecord(since: since, trainee: "li"))
    try reopened.turnOff()
    XCTAssertNil(try TrainingModeStore(database: try AppDatabase(path: path)).load())
  }
}
