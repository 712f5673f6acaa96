import Foundation
import Model
import XCTest

@testable import Console

/// The self-check's effects against a real database in a fresh data directory.
final class SelfCheckServicesTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "selfcheck-services-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  private func services() -> AppServices {
    AppServices(dataDirectory: directory, log: EventLog(directory: directory))
  }

  /// Runs keys through `update` and every effect through `services`, as the runner does.
  private func run(_ state: AppState, _ keys: [Key], _ services: AppServices) -> AppState {
    runThroughLoop(keys.map { AppAction.key($0) }, from: state, services)
  }

  func test_eachAnswerIsStoredOffTheLoop_andTheLoopNeverWaitsForIt() throws {
    let services = services()
    var waited: [AppState] = []
    let loop = AppLoop(
      state: AppState(language: .zh, size: ScreenSize(width: 80, height: 24)),
      services: services, willWait: { waited.append($0) })
    loop.send(.resourcesLoaded(services.loadResources()))
    loop.send([.key(.character("4")), .key(.character("1"))])
    XCTAssertEqual(loop.state.selfCheck?.engine?.path.count, 0, "the first step is on show")
    loop.send(.key(.character("1")))
    XCTAssertEqual(loop.state.selfCheck?.engine?.path.count, 1, "its next step is on show")
    XCTAssertTrue(waited.isEmpty, "the loop never waited for the store")
    loop.settle()
    let id = try XCTUnwrap(loop.state.selfCheck?.sessionID)
    let stored = try XCTUnwrap(try services.unfinishedGuideSession())
    XCTAssertEqual(stored.record.id, id, "and it is stored all the same")
    XCTAssertEqual(stored.answers.count, 1)
  }

  func test_answersSavedAsGiven_areOfferedAfterRestart_andResumeAtSameStep() throws {
    let first = services()
    var state = AppState(language: .zh, size: ScreenSize(width: 80, height: 24))
    state = run(state, [], first)
    (state, _) = update(state, .resourcesLoaded(first.loadResources()))
    XCTAssertTrue(state.resources.problems.isEmpty, "\(state.resources.problems)")
    state = run(
      state, [.character("4"), .character("1"), .character("1"), .character("4")], first)
    let id = try XCTUnwrap(state.selfCheck?.sessionID)
    let path = try XCTUnwrap(state.selfCheck?.engine?.path)

    // A new process: nothing carried over but the data directory. (SQLite keeps times to the
    // millisecond, so answers are compared without them.)
    let second = services()
    var restarted = AppState(language: .zh, size: ScreenSize(width: 80, height: 24))
    (restarted, _) = update(restarted, .resourcesLoaded(second.loadResources()))
    let pending = try XCTUnwrap(restarted.resources.unfinishedGuide)
    XCTAssertEqual(pending.record.id, id)
    XCTAssertEqual(pending.answers.map(\.response), path.map(\.response))
    restarted = run(restarted, [.character("4"), .character("1")], second)
    XCTAssertEqual(restarted.selfCheck?.engine?.currentStepID, "perm.check")
    XCTAssertEqual(restarted.selfCheck?.engine?.path.map(\.stepID), path.map(\.stepID))
    restarted = run(restarted, [.character("1"), .character("1")], second)

    let store = GuideSessionStore(
      database: try AppDatabase(path: directory + "/pos-console.sqlite"))
    let record = try XCTUnwrap(store.session(id))
    XCTAssertEqual(record.state, .finished(.resolved(verdict: "verdict.permission-off")))
    XCTAssertEqual(try store.answers(id).map(\.stepID).count, 4)
    XCTAssertNil(try store.unfinished())
  }

  func test_startOver_abandonsTheOldSession() throws {
    let first = services()
    var state = AppState(language: .en, size: ScreenSize(width: 80, height: 24))
    (state, _) = update(state, .resourcesLoaded(first.loadResources()))
    state = run(state, [.character("4"), .character("2"), .character("1")], first)
    let old = try XCTUnwrap(state.selfCheck?.sessionID)
    let second = services()
    var restarted = AppState(language: .en, size: ScreenSize(width: 80, height: 24))
    (restarted, _) = update(restarted, .resourcesLoaded(second.loadResources()))
    restarted = run(restarted, [.character("4"), .character("2")], second)
    let store = GuideSessionStore(
      database: try AppDatabase(path: directory + "/pos-console.sqlite"))
    XCTAssertEqual(try store.session(old)?.state, .abandoned)
  }
}
