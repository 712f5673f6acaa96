import Foundation
import Model
import XCTest

final class GuideEngineTests: XCTestCase {
  private func engine(_ symptom: String, judge: (any PaymentCodeJudging)? = nil) throws
    -> GuideEngine
  {
    try GuideEngine(
      guide: try GuideFixtures.shippedGuide(), symptom: symptom, judge: judge,
      clock: SteppingClock().clock)
  }

  private func index(of needle: String, in step: GuideStep?) -> Int {
    step?.kind.options.firstIndex { $0.label.en.contains(needle) } ?? -1
  }

  func test_permissionOffPath_fromSymptomToPermissionVerdict() throws {
    var run = try engine("payment-fails")
    XCTAssertEqual(run.currentStepID, "fail.message")
    try run.answer(.option(index(of: "58", in: run.currentStep)))
    XCTAssertEqual(run.currentStepID, "perm.check")
    guard case .terminalCheck(let check) = run.currentStep?.kind else { return XCTFail() }
    XCTAssertEqual(check.keyPath.map(\.zh), ["6 管理", "4 交易权限"])
    try run.answer(.option(index(of: "Scan payment: off", in: run.currentStep)))
    XCTAssertEqual(run.currentStepID, "verdict.permission-off")
    XCTAssertEqual(run.stepNumber, 3)
    XCTAssertEqual(run.findings.first { $0.topic == .permission }?.status, .problemFound)
    try run.answer(.fixed(true))
    XCTAssertEqual(run.outcome, .resolved(verdict: "verdict.permission-off"))
    XCTAssertTrue(run.isFinished)
    XCTAssertThrowsError(try run.answer(.done))
  }

  func test_branching_differentAnswersLeadToDifferentSteps() throws {
    var dark = try engine("no-response")
    try dark.answer(.option(1))
    XCTAssertEqual(dark.currentStepID, "device.charge")
    var fine = try engine("no-response")
    try fine.answer(.option(0))
    XCTAssertEqual(fine.currentStepID, "noresp.scan-menu")
  }

  func test_back_followsThePathNotTheHistory() throws {
    var run = try engine("light-no-read")
    try run.answer(.option(0))  // read.window: smudged → verdict.lens-dirty
    try run.answer(.fixed(false))  // → read.light
    try run.answer(.option(0))  // dim → verdict.low-light
    XCTAssertEqual(run.currentStepID, "verdict.low-light")
    XCTAssertTrue(run.back())
    XCTAssertEqual(run.currentStepID, "read.light")
    try run.answer(.option(2))  // light fine → read.code
    XCTAssertEqual(run.currentStepID, "read.code")
    XCTAssertTrue(run.back())
    XCTAssertTrue(run.back())
    XCTAssertEqual(run.currentStepID, "verdict.lens-dirty")
    XCTAssertEqual(run.path.map(\.stepID), ["read.window"])
    XCTAssertTrue(run.back())
    XCTAssertFalse(run.back())
    XCTAssertEqual(run.currentStepID, "read.window")
  }

  func test_backFromAFinishedSession_reopensTheLastStep() throws {
    var run = try engine("payment-fails")
    // → verdict.code-expired
    try run.answer(.option(index(of: "Code expired / already used", in: run.currentStep)))
    try run.answer(.fixed(true))
    XCTAssertTrue(run.isFinished)
    XCTAssertTrue(run.back())
    XCTAssertNil(run.outcome)
    XCTAssertEqual(run.currentStepID, "verdict.code-expired")
  }

  func test_changingAnEarlierAnswer_recomputesThePathAndKeepsAnswersItRejoins() throws {
    var run = try engine("light-no-read")
    try run.answer(.option(0))  // read.window: smudged → verdict.lens-dirty
    try run.answer(.fixed(false))  // → read.light
    try run.answer(.option(0))  // dim → verdict.low-light
    try run.answer(.fixed(false))  // → read.code
    try run.answer(.option(3))  // code clear → read.hold
    XCTAssertEqual(run.currentStepID, "read.hold")
    // The light was fine after all: the path skips the light verdict and rejoins at
    // read.code, keeping the answer given there.
    try run.change(answerAt: 2, to: .option(2))
    XCTAssertEqual(
      run.path.map(\.stepID), ["read.window", "verdict.lens-dirty", "read.light", "read.code"])
    XCTAssertEqual(run.currentStepID, "read.hold")
    // Changing the first look to "cracked" ends at a verdict; later answers are dropped.
    try run.change(answerAt: 0, to: .option(1))
    XCTAssertEqual(run.path.map(\.stepID), ["read.window"])
    XCTAssertEqual(run.currentStepID, "verdict.camera-broken")
    XCTAssertEqual(
      run.summary.map(\.answer.en), ["Cracked or scratched, or mist or black spots inside"])
  }

  func test_changingAnAnswer_dropsAnswersOffTheNewPath_andKeepsAllWhenUnchanged() throws {
    var run = try engine("payment-fails")
    let timeout = index(of: "Network timeout", in: run.currentStep)
    try run.answer(.option(timeout))  // network timeout → net.status
    try run.answer(.option(2))  // connected, 2+ bars → net.mobile
    try run.answer(.option(1))  // mobile data does not help → net.notice
    XCTAssertEqual(run.currentStepID, "net.notice")
    try run.change(answerAt: 1, to: .option(1))  // weak signal → net.move
    XCTAssertEqual(run.currentStepID, "net.move")
    try run.answer(.option(1))  // still times out → net.mobile
    // The old mobile-data answer fell off the path when it was changed, so it is asked again.
    XCTAssertEqual(run.currentStepID, "net.mobile")
    try run.answer(.option(1))
    XCTAssertEqual(run.currentStepID, "net.notice")
    XCTAssertEqual(run.path.count, 4)
    let old = run.path.map(\.stepID)
    try run.change(answerAt: 0, to: .option(timeout))  // same option: whole path is kept
    XCTAssertEqual(run.path.map(\.stepID), old)
  }

  func test_changeOutOfRange_isATypedError() throws {
    var run = try engine("payment-fails")
    XCTAssertThrowsError(try run.change(answerAt: 0, to: .option(0))) { error in
      XCTAssertEqual(error as? GuideEngineError, .noSuchAnswer(index: 0))
    }
    XCTAssertThrowsError(try run.answer(.option(99))) { error in
      XCTAssertEqual(
        error as? GuideEngineError, .optionOutOfRange(stepID: "fail.message", index: 99, count: 9))
    }
    XCTAssertThrowsError(try run.answer(.done)) { error in
      XCTAssertEqual(
        error as? GuideEngineError, .replyDoesNotFit(stepID: "fail.message", kind: "question"))
    }
  }

  func test_versionInput_belowMinimumLeadsToUpdate_andBadTextIsRefused() throws {
    var run = try engine("payment-fails")
    try run.answer(.option(2))  // unsupported code → code.enter
    XCTAssertEqual(run.currentStepID, "code.enter")
    XCTAssertThrowsError(try run.answer(.text("6212345678901234567"))) { error in
      XCTAssertEqual(error as? GuideEngineError, .noPaymentCodeJudge(stepID: "code.enter"))
    }
    var judged = try engine(
      "payment-fails",
      judge: PaymentCodeJudge { code in
        code.hasPrefix("62")
          ? .supported(wallet: LocalizedText(zh: "云闪付", en: "UnionPay")) : .unknown
      })
    try judged.answer(.option(2))
    try judged.answer(.text("6212345678901234567"))
    XCTAssertEqual(judged.currentStepID, "fw.version")
    XCTAssertThrowsError(try judged.answer(.text("new"))) { error in
      guard case .invalidInput(let step, _) = error as? GuideEngineError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(step, "fw.version")
    }
    try judged.answer(.text("V1.9.3"))
    XCTAssertEqual(judged.currentStepID, "fw.update")
    XCTAssertEqual(judged.summary.last?.answer.en, "V1.9.3 (version too old)")
    XCTAssertEqual(judged.findings.first { $0.topic == .firmware }?.status, .problemFound)
    XCTAssertEqual(judged.findings.first { $0.topic == .methodSupport }?.status, .checkedOK)
  }

  func test_paymentCodeInput_unsupportedCodeLeadsToItsVerdict_malformedIsRefused() throws {
    let judge = PaymentCodeJudge { code in
      if code.isEmpty { return .malformed(reason: LocalizedText(zh: "空", en: "empty")) }
      return .unsupported(reason: LocalizedText(zh: "自制码", en: "self-made code"))
    }
    var run = try engine("some-codes-fail", judge: judge)
    try run.answer(.option(3))  // no pattern → code.enter
    XCTAssertThrowsError(try run.answer(.text("")))
    XCTAssertEqual(run.currentStepID, "code.enter")
    try run.answer(.text("https://example.invalid/pay"))
    XCTAssertEqual(run.currentStepID, "verdict.unsupported-code")
  }

  func test_notFixedVerdict_continuesOrEscalates() throws {
    var run = try engine("payment-fails")
    try run.answer(.option(index(of: "58", in: run.currentStep)))  // → perm.check
    try run.answer(.option(0))  // scan payment off → verdict.permission-off
    try run.answer(.fixed(false))
    XCTAssertEqual(run.currentStepID, "escalate.customer-service")
    try run.answer(.handedOver)
    XCTAssertEqual(run.outcome, .escalated(step: "escalate.customer-service"))
  }

  func test_findings_markOkProblemAndNotChecked() throws {
    var run = try engine("light-no-read")
    try run.answer(.option(2))  // read.window clean → cleaning OK
    try run.answer(.option(2))  // light fine → lighting and glare OK
    try run.answer(.option(0))  // code covered → verdict.code-damaged
    let status = Dictionary(uniqueKeysWithValues: run.findings.map { ($0.topic, $0.status) })
    XCTAssertEqual(status[.cleaning], .checkedOK)
    XCTAssertEqual(status[.lighting], .checkedOK)
    XCTAssertEqual(status[.glare], .checkedOK)
    XCTAssertEqual(status[.codeCondition], .problemFound)
    XCTAssertEqual(status[.network], .notChecked)
    XCTAssertEqual(run.findings.count, GuideTopic.allCases.count)
  }

  func test_unknownSymptom_isATypedError() throws {
    XCTAssertThrowsError(try engine("smoke")) { error in
      XCTAssertEqual(error as? GuideEngineError, .unknownSymptom("smoke"))
    }
  }

  func test_summaryTimes_comeFromTheInjectedClock() throws {
    var run = try engine("payment-fails")
    try run.answer(.option(1))
    XCTAssertEqual(run.startedAt, Date(timeIntervalSince1970: 1_800_000_000))
    XCTAssertEqual(run.summary.first?.answeredAt, Date(timeIntervalSince1970: 1_800_000_010))
  }
}

final class GuideFindingTests: XCTestCase {
  func test_verdictMarksOnlyItsCauseTopic_notTheEscalationItLeadsTo() throws {
    var run = try GuideEngine(guide: try GuideFixtures.shippedGuide(), symptom: "payment-fails")
    try run.answer(.option(0))
    try run.answer(.option(0))
    let status = Dictionary(uniqueKeysWithValues: run.findings.map { ($0.topic, $0.status) })
    XCTAssertEqual(status[.permission], .problemFound)
    XCTAssertEqual(status[.escalation], .notChecked)
  }
}
