import Foundation
import Model
import XCTest

final class GuideSessionStoreTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "guide-store-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  func test_resumeAfterCrash_returnsToTheSameStepWithEveryAnswer() throws {
    let path = directory + "/pos-console.sqlite"
    let guide = try GuideFixtures.shippedGuide()
    let clock = SteppingClock()
    var expectedPath: [GuideAnswer] = []
    var expectedStep: String?
    var sessionID = ""
    do {
      // Everything in this scope is dropped without finishing, as a kill -9 would.
      let store = GuideSessionStore(database: try AppDatabase(path: path))
      var run = try GuideEngine(guide: guide, symptom: "light-no-read", clock: clock.clock)
      sessionID = try store.begin(run)
      for reply in [GuideReply.option(0), .fixed(false), .option(0)] {
        try run.answer(reply)
        try store.save(run, session: sessionID)
      }
      expectedPath = run.path
      expectedStep = run.currentStepID
    }
    let reopened = GuideSessionStore(database: try AppDatabase(path: path))
    let record = try XCTUnwrap(try reopened.unfinished())
    XCTAssertEqual(record.id, sessionID)
    XCTAssertEqual(record.state, .open)
    XCTAssertEqual(record.symptom, "light-no-read")
    let (resumed, dropped) = try reopened.resume(record, guide: guide, clock: clock.clock)
    XCTAssertEqual(dropped, 0)
    XCTAssertEqual(resumed.currentStepID, expectedStep)
    XCTAssertEqual(resumed.currentStepID, "verdict.low-light")
    XCTAssertEqual(resumed.path, expectedPath)
    XCTAssertEqual(resumed.startedAt, Date(timeIntervalSince1970: 1_800_000_000))
  }

  func test_everyAnswerIsSavedAtOnce_andBackAndChangeRewriteThePath() throws {
    let store = GuideSessionStore(database: try AppDatabase())
    var run = try GuideEngine(
      guide: try GuideFixtures.shippedGuide(), symptom: "payment-fails",
      clock: SteppingClock().clock)
    let id = try store.begin(run, id: "case-1")
    try run.answer(.option(3))
    try store.save(run, session: id)
    XCTAssertEqual(try store.answers(id).map(\.stepID), ["fail.message"])
    try run.answer(.option(0))
    try store.save(run, session: id)
    XCTAssertEqual(try store.answers(id).count, 2)
    run.back()
    try store.save(run, session: id)
    XCTAssertEqual(try store.answers(id).map(\.stepID), ["fail.message"])
    try run.change(answerAt: 0, to: .option(0))
    try store.save(run, session: id)
    XCTAssertEqual(try store.answers(id).map(\.response), [.option(0)])
  }

  func test_finishedSession_isNotOfferedForResume_andKeepsItsOutcome() throws {
    let store = GuideSessionStore(database: try AppDatabase())
    var run = try GuideEngine(
      guide: try GuideFixtures.shippedGuide(), symptom: "payment-fails",
      clock: SteppingClock().clock)
    let id = try store.begin(run)
    for reply in [GuideReply.option(0), .option(0), .fixed(true)] {
      try run.answer(reply)
      try store.save(run, session: id)
    }
    XCTAssertNil(try store.unfinished())
    let record = try XCTUnwrap(try store.latest())
    XCTAssertEqual(record.state, .finished(.resolved(verdict: "verdict.permission-off")))
    XCTAssertEqual(record.finishedAt, Date(timeIntervalSince1970: 1_800_000_030))
  }

  func test_abandonedSession_isNotOfferedForResume() throws {
    let store = GuideSessionStore(database: try AppDatabase())
    let run = try GuideEngine(
      guide: try GuideFixtures.shippedGuide(), symptom: "all-fail", clock: SteppingClock().clock)
    let id = try store.begin(run)
    XCTAssertEqual(try store.unfinished()?.id, id)
    try store.abandon(session: id, at: Date(timeIntervalSince1970: 1_800_000_100))
    XCTAssertNil(try store.unfinished())
    XCTAssertEqual(try store.session(id)?.state, .abandoned)
  }

  func test_savingAnUnknownSession_isATypedError() throws {
    let store = GuideSessionStore(database: try AppDatabase())
    let run = try GuideEngine(
      guide: try GuideFixtures.shippedGuide(), symptom: "all-fail", clock: SteppingClock().clock)
    XCTAssertThrowsError(try store.save(run, session: "nope")) { error in
      XCTAssertEqual(error as? GuideStoreError, .noSuchSession("nope"))
    }
  }

  func test_resumeOnAnEditedGuide_dropsAnswersThatNoLongerFit() throws {
    let guide = try GuideFixtures.shippedGuide()
    let answers = [
      GuideAnswer(stepID: "fail.message", response: .option(0), answeredAt: Date()),
      GuideAnswer(stepID: "gone.step", response: .done, answeredAt: Date()),
    ]
    let (engine, dropped) = try GuideEngine.resume(
      guide: guide, symptom: "payment-fails", startedAt: Date(), answers: answers)
    XCTAssertEqual(dropped, 1)
    XCTAssertEqual(engine.currentStepID, "perm.check")
  }
}
