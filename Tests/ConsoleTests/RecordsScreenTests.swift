import Foundation
import GRDB
import Model
import XCTest

@testable import Console

/// The records screen on the real loop and a fresh data dir: what it lists, and every key it
/// shows acting on the stored records.
final class RecordsScreenTests: XCTestCase {
  private var harness: ConsoleHarness!

  override func setUpWithError() throws {
    harness = try ConsoleHarness()
  }

  override func tearDownWithError() throws {
    harness.removeDirectory()
  }

  private var database: AppDatabase { harness.services.database! }

  private func openCase(_ id: String, hoursAgo: Double) throws {
    try CaseStore(database: database).open(
      RecordedCase(
        id: id, sessionID: nil, openedAt: testEnvironment.now.addingTimeInterval(-hoursAgo * 3_600),
        context: SessionContext(terminalID: "10420001"), summary: "扫码没反应 → 摄像头坏了"))
  }

  func test_homeEightOpensTheRecords_listingCareAndOpenCases() throws {
    try openCase("c1", hoursAgo: 30)
    harness.press([.character("8")])
    let text = harness.screenText
    XCTAssertTrue(text.contains("记录与跟进"), text)
    XCTAssertTrue(text.contains("☐ 擦扫码窗（每天）"), text)
    XCTAssertTrue(text.contains("扫码没反应 → 摄像头坏了 · 已开 30 小时 · 还没有工单号"), text)
    harness.press([.escape])
    XCTAssertTrue(harness.state.isHome)
  }

  func test_enterOnACareItem_ticksIt_andHomeStopsAskingForIt() throws {
    harness.press([.character("8"), .enter])
    XCTAssertTrue(harness.screenText.contains("☑ 擦扫码窗（每天）"), harness.screenText)
    XCTAssertNotNil(try CareStore(database: database).lastDone()[.wipeWindow])
    harness.press([.escape])
    XCTAssertFalse(harness.screenText.contains("擦扫码窗，"), harness.screenText)
    XCTAssertTrue(harness.screenText.contains("今天的维护还没做：结算，导出记录"), harness.screenText)
  }

  func test_aCaseGetsItsTicket_thenItsOutcome_andLeavesTheList() throws {
    try openCase("c1", hoursAgo: 2)
    harness.press([.character("8")] + Array(repeating: .down, count: CareItem.allCases.count))
    XCTAssertTrue(harness.screenText.contains("T 工单号"), harness.screenText)
    harness.press([.character("T")])
    harness.type("T-42\r")
    XCTAssertTrue(harness.screenText.contains("工单 T-42"), harness.screenText)
    XCTAssertEqual(try CaseStore(database: database).recordedCase("c1")?.ticket, "T-42")
    harness.press([.enter])
    XCTAssertTrue(harness.screenText.contains("2 终端已寄修"), harness.screenText)
    // Only 1–4 stand for an outcome: 0 and 5 do nothing.
    harness.press([.character("0"), .character("5")])
    XCTAssertNil(try CaseStore(database: database).recordedCase("c1")?.outcome)
    harness.press([.character("2")])
    XCTAssertEqual(try CaseStore(database: database).recordedCase("c1")?.outcome, .sentForRepair)
    XCTAssertTrue(harness.screenText.contains("没有未结案件"), harness.screenText)
  }

  func test_escapeLeavesTheTicketField_withoutSaving() throws {
    try openCase("c1", hoursAgo: 2)
    harness.press([.character("8")] + Array(repeating: .down, count: CareItem.allCases.count))
    harness.press([.character("T")])
    harness.type("99\u{8}\u{1B}")
    XCTAssertNil(try CaseStore(database: database).recordedCase("c1")?.ticket)
    XCTAssertTrue(harness.screenText.contains("还没有工单号"), harness.screenText)
  }

  func test_aCaseOpenOverADay_isAskedAbout_onHomeAndOnTheCase() throws {
    try openCase("c1", hoursAgo: 25)
    harness = try ConsoleHarness(directory: harness.directory)
    XCTAssertTrue(harness.screenText.contains("有 1 件案件已开了一天多"), harness.screenText)
    harness.press([.character("8")] + Array(repeating: .down, count: CareItem.allCases.count))
    XCTAssertTrue(harness.screenText.contains("这件案件已开了一天多：结果如何？"), harness.screenText)
  }

  func test_savingAHandOffOn95016_opensACase() throws {
    harness.press([.character("5")])
    harness.press([.character("4")])
    XCTAssertEqual(try CaseStore(database: database).openCases().count, 1)
  }

  func test_everythingOnShowSwitchesWithL_exceptWhereTextIsTyped() throws {
    try openCase("c1", hoursAgo: 2)
    harness.press([.character("8")])
    harness.press([.character("L")])
    let text = harness.screenText
    XCTAssertTrue(text.contains("Routine care"), text)
    XCTAssertTrue(text.contains("open 2 h"), text)
  }

  func test_aSelfCheckBegun_isRecordedWithTheStoresUnitAndTheGuideVersion() throws {
    harness.press([.character("4")])
    harness.press([.enter])
    let row = try database.writer.read { db in
      try Row.fetchOne(db, sql: "SELECT terminalID, merchantNumber, guideVersion FROM guideSession")
    }
    XCTAssertEqual(row?["terminalID"] as String?, "10420001")
    XCTAssertEqual(row?["merchantNumber"] as String?, "822581054110001")
    XCTAssertTrue(
      (row?["guideVersion"] as String?)?.hasPrefix("g-") == true, "\(String(describing: row))")
  }
}
