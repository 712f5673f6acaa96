import Foundation
import Model
import XCTest

@testable import Console

/// Defect 1: a sale is shown as approved only once the store has it; when the store
/// cannot write, the unit says the sale did not go through.
final class TerminalRecordingTests: XCTestCase {
  private typealias F = TerminalScreenFixture
  private let signIn = "\r0000\r"
  private let wechat = "134567890123456789"

  /// Keys without anyone answering the unit's request to journal.
  private func unanswered(_ state: AppState, _ keys: String) -> (AppState, [AppEffect]) {
    press(state, keys.map(F.key))
  }

  func test_approvedScan_showsRecordingUntilStored_thenSuccessWithTheStoredNumbers() throws {
    let ready = F.press(try F.state(.zh), "2" + signIn + "1250\r")
    let (waiting, effects) = unanswered(ready, wechat + "\r")
    XCTAssertTrue(waiting.screenText.contains("正在记账"), waiting.screenText)
    XCTAssertFalse(waiting.screenText.contains("交易成功"), waiting.screenText)
    let requests = effects.flatMap { effect -> [PendingTransaction] in
      guard case .persistTerminal(let events) = effect else { return [] }
      return events.compactMap { if case .recordRequested(let p) = $0 { p } else { nil } }
    }
    XCTAssertEqual(requests.map(\.amountFen), [1_250])
    XCTAssertTrue(effects.contains(where: \.mayWait), "the screen is drawn before storing")

    let numbers = TransactionNumbers(batch: "000007", voucher: "000042", reference: "000000000420")
    let done = update(waiting, .terminalRecorded(.recorded(numbers))).0
    let text = done.screenText
    XCTAssertTrue(text.contains("交易成功"), text)
    XCTAssertTrue(text.contains("000042"), text)
    XCTAssertTrue(text.contains("000000000420"), text)
  }

  func test_recordFailed_saysNotCompletedWhyAndWhatToDo_andNeverSuccess() throws {
    let ready = F.press(try F.state(.zh), "2" + signIn + "1250\r")
    let (waiting, _) = unanswered(ready, wechat + "\r")
    let failure = RecordFailure(.busy, detail: "database is locked")
    let failed = update(waiting, .terminalRecorded(.failed(failure))).0
    let text = failed.screenText
    XCTAssertTrue(text.contains("交易未完成"), text)
    XCTAssertTrue(text.contains("数据库被其他程序占用"), text)
    XCTAssertTrue(text.contains("重新收款"), text)
    XCTAssertFalse(text.contains("交易成功"), text)
    XCTAssertFalse(text.contains("签购单已打印"), text)
    let back = F.press(failed, "\r")
    XCTAssertTrue(back.screenText.contains("1 消费"), back.screenText)
  }

  /// With the real services and a data dir that cannot hold a database, the unit
  /// refuses the payment (defect 7's "no warning, sale lost").
  func test_unusableDataDir_refusesThePaymentOnTheUnit() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("not-a-dir-\(UUID().uuidString)").path
    XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
    defer { try? FileManager.default.removeItem(atPath: file) }
    let services = AppServices(dataDirectory: file + "/data", log: EventLog(directory: file))
    var state = try F.state(.en)
    var queue: [AppAction] = "2\r0000\r20\r\(wechat)\r".map { .key(F.key($0)) }
    while !queue.isEmpty {
      let (next, effects) = update(state, queue.removeFirst())
      state = next
      for effect in effects where !effect.isQuit {
        queue.insert(contentsOf: services.perform(effect), at: 0)
      }
    }
    let text = state.screenText
    XCTAssertTrue(text.contains("NOT COMPLETED"), text)
    XCTAssertTrue(text.contains("Why: the database cannot be"), text)
    XCTAssertFalse(text.contains("Approved"), text)
  }
}
