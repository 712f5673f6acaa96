import Foundation
import XCTest

@testable import Model

/// Issue 20 item 5: with its file replaced or overwritten, a running console's sales went on
/// being "stored" (into the unlinked inode). Now the next write refuses, saying why.
final class DatabaseReplacedTests: TemporaryFolderTestCase {
  private func sale(_ store: TransactionStore) throws(RecordFailure) -> TransactionRecord {
    try store.record(
      PendingTransaction(
        kind: .sale, method: .scan, walletID: "wechat", walletName: nil, maskedCard: nil,
        amountFen: 300, date: Date(), training: false, operatorID: "01",
        originalVoucher: nil, originalReference: nil))
  }

  private func expectRefused(_ store: TransactionStore, saying words: String) {
    do {
      _ = try sale(store)
      XCTFail("a sale was stored into a file that is no longer the database")
    } catch {
      XCTAssertEqual(error.kind, .corrupt)
      XCTAssertTrue(error.detail.contains(words), error.detail)
    }
  }

  func test_aReplacedFile_refusesTheNextSale() throws {
    let path = folder + "/pos.sqlite"
    let store = TransactionStore(database: try AppDatabase(path: path))
    XCTAssertNoThrow(try sale(store))
    let other = folder + "/other.sqlite"
    _ = try AppDatabase(path: other)
    XCTAssertEqual(rename(other, path), 0)
    expectRefused(store, saying: "replaced")
  }

  func test_anOverwrittenHeader_orARemovedFile_refusesTheNextSale() throws {
    let path = folder + "/pos.sqlite"
    let store = TransactionStore(database: try AppDatabase(path: path))
    XCTAssertNoThrow(try sale(store))
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
    try handle.write(contentsOf: Data(repeating: 0, count: 100))
    try handle.close()
    expectRefused(store, saying: "overwritten")
    XCTAssertEqual(unlink(path), 0)
    expectRefused(store, saying: "removed")
  }
}
