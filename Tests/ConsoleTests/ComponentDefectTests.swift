import Foundation
import Model
import XCTest

@testable import Console

/// The defects that came from the Console's old shape (issue 9), each driven through
/// the real loop or `update`.
final class ComponentDefectTests: XCTestCase {
  private typealias F = TerminalScreenFixture

  func test_pastedURLWithQuestionMark_reachesTheScanFieldWhole_andIsClassifiedAsAURL() throws {
    let url = "https://example.com/pay?shop=42"
    var state = F.press(try F.state(.en), "2\r0000\r20\r")
    state = F.press(state, url)
    XCTAssertFalse(state.showHelp, "the ? of the URL opened help")
    state = F.press(state, "\r")
    let text = state.screenText
    XCTAssertTrue(text.contains("(self-made QR)"), text)
    XCTAssertFalse(text.contains("Approved"), text)
    // F1 still opens help while the field takes text.
    var typing = F.press(try F.state(.en), "2\r0000\r20\r")
    (typing, _) = update(typing, .key(.function(1)))
    XCTAssertTrue(typing.showHelp)
  }

  func test_questionMarkTypedInASelfCheckInputStep_isText() throws {
    // Only some codes fail, no pattern: the code is typed in.
    var (state, _) = press(
      try SelfCheckFixture.state(.en), [.character("4"), .character("4"), .character("4")])
    // Walk the options until the step that asks for the code as typed.
    for _ in 0..<8 {
      if case .input? = state.selfCheck?.engine?.currentStep?.kind { break }
      (state, _) = press(state, [.character("1")])
    }
    guard case .input? = state.selfCheck?.engine?.currentStep?.kind else {
      return XCTFail("no input step reached: \(state.screenText)")
    }
    (state, _) = press(state, typing("https://example.com/pay?shop=42"))
    XCTAssertFalse(state.showHelp)
    XCTAssertEqual(state.selfCheck?.field.text, "https://example.com/pay?shop=42")
  }

  func test_faultFromTheCommandLine_survivesATrainingSession() throws {
    let options = ConsoleOptions(faults: [.firmwareOld], seed: 1)
    let harness = try ConsoleHarness(language: .en, options: options)
    defer { harness.removeDirectory() }
    try TrainerPINGate(database: XCTUnwrap(harness.services.database)).setPIN(
      "258046", iterations: 1)
    harness.type("6258046\r")
    XCTAssertNotNil(harness.state.training, harness.screenText)
    // Free practice with another fault, then leave with the PIN.
    harness.type("3")
    harness.press([.character(" "), .enter])
    XCTAssertNotEqual(harness.state.training?.faults, [.firmwareOld])
    harness.type("60258046\r")
    XCTAssertNil(harness.state.training, harness.screenText)
    XCTAssertEqual(harness.state.options.faults, [.firmwareOld])
    harness.type("1")
    guard let session = harness.state.screen.shown(TerminalSession.self) else {
      return XCTFail(harness.screenText)
    }
    XCTAssertEqual(session.simulator?.faults, [.firmwareOld])
  }

  func test_storeError_withTrainingOnAndInASCIIMode_isVisibleWithBoth() throws {
    let resources = try F.state(.en).resources
    var state = AppState(
      language: .en, size: ScreenSize(width: 80, height: 24), asciiOnly: true,
      resources: resources)
    state.training = TrainingMode(trainee: "li")
    (state, _) = update(state, .key(.character("1")))
    (state, _) = update(state, .terminalStoreFailed("/data/pos.sqlite: disk is full"))
    let lines = view(state).lines()
    let text = lines.joined(separator: "\n")
    XCTAssertTrue(text.contains("disk is full"), text)
    XCTAssertTrue(text.contains(UIText.asciiFallback(.en)), text)
    XCTAssertTrue(lines[22].contains("TRAINING"), text)
    XCTAssertEqual(lines.count, 24)
    // Each on its own row, none drawn over another.
    let rows = [
      lines.firstIndex { $0.contains("disk is full") },
      lines.firstIndex { $0.contains(UIText.asciiFallback(.en)) },
      lines.firstIndex { $0.contains("TRAINING") },
    ]
    XCTAssertEqual(Set(rows.compactMap { $0 }).count, 3, text)
  }

  func test_reportScrolledPastItsEnd_comesBackAtTheFirstUp() throws {
    let path: [Key] = [
      .character("4"), .character("1"), .character("1"), .character("4"), .character("1"),
      .character("1"),
    ]
    var (state, _) = press(try SelfCheckFixture.state(.en), path)
    guard case .report = state.selfCheck?.mode else { return XCTFail(state.screenText) }
    (state, _) = press(state, Array(repeating: .down, count: 200))
    guard case .report(let bottom)? = state.selfCheck?.mode else { return XCTFail() }
    let lines = state.selfCheck?.reportLines(width: 76, .en).count ?? 0
    XCTAssertEqual(
      bottom.offset, ScrollView.maxOffset(lines: lines, rows: reportRows(state.frameLayout.body)))
    (state, _) = press(state, [.up])
    guard case .report(let oneUp)? = state.selfCheck?.mode else { return XCTFail() }
    XCTAssertEqual(oneUp.offset, max(0, bottom.offset - 1))
  }

  func test_whileThePINIsChecked_aCheckingFrameIsDrawn_andEscAnswers() throws {
    let harness = try ConsoleHarness(language: .en)
    defer { harness.removeDirectory() }
    // The real cost: 600,000 rounds, so the check is still running when Esc comes.
    try TrainerPINGate(database: XCTUnwrap(harness.services.database)).setPIN("258046")
    harness.type("6")
    harness.type("258046\r", settle: false)
    XCTAssertTrue(harness.loop.isBusy)
    XCTAssertTrue(harness.screenText.contains("Checking the PIN"), harness.screenText)
    harness.press([.escape], settle: false)
    XCTAssertTrue(harness.state.isHome, harness.screenText)
    // The late answer is dropped: Esc meant "not now".
    harness.loop.settle()
    XCTAssertTrue(harness.state.isHome, harness.screenText)
    XCTAssertNil(harness.state.training)
  }

  func test_updateWithAFixedClockAndIDSource_givesIdenticalStatesTwice() throws {
    // What time and IDs reach: the session's ID and dates, every answer's time, the
    // unit's records and slips, and the screen. (Dictionaries inside the guide are
    // equal but may list in another order, so the whole value is not dumped.)
    func run() throws -> String {
      let harness = try ConsoleHarness(language: .zh)
      defer { harness.removeDirectory() }
      var dumped = ""
      harness.press([.character("4"), .character("1"), .character("1")])
      let session = try XCTUnwrap(harness.state.selfCheck)
      dump(session.sessionID, to: &dumped)
      dump(session.engine?.startedAt, to: &dumped)
      dump(session.engine?.path, to: &dumped)
      harness.press([.escape, .escape, .escape, .escape])
      harness.type("2\r0000\r5000\r134567890123456789\r")
      guard let terminal = harness.state.screen.shown(TerminalSession.self) else {
        XCTFail(harness.screenText)
        return ""
      }
      dump(terminal.simulator?.ledger, to: &dumped)
      dump(terminal.simulator?.state, to: &dumped)
      return dumped + harness.screenText
    }
    let first = try run()
    XCTAssertTrue(first.contains("\"id-"), "the self-check took its ID from the loop")
    let second = try run()
    if first != second {
      try? first.write(toFile: "/tmp/determinism-1.txt", atomically: true, encoding: .utf8)
      try? second.write(toFile: "/tmp/determinism-2.txt", atomically: true, encoding: .utf8)
    }
    XCTAssertEqual(first, second)
  }

  func test_comingBackHome_findsTheSameEntryHighlighted() throws {
    var state = try F.state(.en)
    (state, _) = press(state, [.down, .down, .down, .enter])
    XCTAssertNotNil(state.selfCheck)
    (state, _) = press(state, [.escape])
    XCTAssertEqual(ScreenRegistry.homeMenu[state.homeSelection].opens, .selfCheck)
  }
}
