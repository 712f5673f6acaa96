import Foundation
import GRDB
import XCTest

@testable import Model

/// The import's write path for large files: the new directory is built aside in short
/// transactions and renamed into place, so it stays all or nothing and never holds the
/// write lock for long.
final class MerchantImportSwapTests: TemporaryFolderTestCase {
  private let header = "merchant_number,name,mcc,region,terminals,methods,status\n"

  /// `count` valid rows numbered from `start`, terminal 3xxxxxxx each.
  private func rows(_ count: Int, from start: Int = 0, status: String = "normal") -> String {
    (start..<start + count).map { i in
      "82229005411\(String(format: "%04d", i)),店\(i),,,\(30_000_000 + i),scan,\(status)\n"
    }.joined()
  }

  /// Imports through the build-aside path (no row written in place), without pauses.
  @discardableResult
  private func importAside(
    _ directory: MerchantDirectory, _ text: String,
    progress: (MerchantImportProgress) -> Void = { _ in }
  ) throws(MerchantImportError) -> MerchantImportSummary {
    var apply = MerchantImportApply()
    apply.inPlaceLimit = 0
    apply.yieldsToOtherWriters = false
    let source = CSVTextSource(text)
    return try directory.importCSV(
      source: source, totalBytes: source.count, path: "", apply: apply, progress: progress)
  }

  private func export(_ directory: MerchantDirectory) throws -> String {
    var text = ""
    try directory.exportCSV { text += $0 }
    return text
  }

  private func tableNames(_ directory: MerchantDirectory) throws -> [String] {
    try directory.database.writer.read { db in
      try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_schema WHERE name LIKE 'merchant%' ORDER BY name")
    }
  }

  func test_builtAside_givesTheSameDirectoryAsInPlace_andLeavesNoTablesBehind() throws {
    let inPlace = try MerchantFixtures.seededDirectory()
    let aside = try MerchantFixtures.seededDirectory()
    let csv =
      header + rows(30)
      + "822581054110001,示例便利超市（本店）,,,10420001;10420009,card,frozen\n"
    let expected = try inPlace.importCSV(text: csv)
    XCTAssertEqual(try importAside(aside, csv), expected)
    XCTAssertEqual(expected, MerchantImportSummary(added: 30, changed: 1))
    XCTAssertEqual(try export(aside), try export(inPlace))
    let before = try tableNames(inPlace)
    XCTAssertEqual(try tableNames(aside).count, before.count)
    XCTAssertFalse(try tableNames(aside).contains { $0.hasSuffix("_next") || $0.hasSuffix("_old") })
    // The swapped-in terminal table still cascades from `merchant`.
    let sql = try aside.database.writer.read { db in
      try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'merchant_terminal'")
    }
    XCTAssertTrue(sql?.contains("REFERENCES merchant(number)") ?? false, sql ?? "")
    let owner = try aside.merchant(owning: TerminalNumber(parsing: "10420009"))
    XCTAssertEqual(owner?.status, .frozen)
  }

  func test_twoImportsAside_inARow_keepTheIndexAndFindEveryTerminal() throws {
    let directory = MerchantDirectory(database: try AppDatabase())
    try importAside(directory, header + rows(20))
    try importAside(directory, header + rows(20, from: 10, status: "frozen"))
    XCTAssertEqual(try directory.count(), 30)
    let index = try directory.database.writer.read { db in
      try Int.fetchOne(
        db,
        sql:
          "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'merchant_terminal'"
      )
    }
    XCTAssertEqual(index, 1)
    XCTAssertEqual(
      try directory.merchant(owning: TerminalNumber(parsing: "30000025"))?.status, .frozen)
    XCTAssertEqual(
      try directory.merchant(owning: TerminalNumber(parsing: "30000005"))?.status, .normal)
  }

  func test_badRowInALargeFile_leavesTheDirectoryUnchanged() throws {
    let directory = try MerchantFixtures.seededDirectory()
    let before = try export(directory)
    // Row 2 + 500 is bad; every row before it is good and would have been written.
    let csv =
      header + rows(500) + "822290054119999,,,,39999999,scan,normal\n" + rows(100, from: 600)
    XCTAssertThrowsError(try importAside(directory, csv)) { error in
      guard case .badRows(let problems, _) = error as? MerchantImportError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(problems.map(\.line), [502])
    }
    XCTAssertEqual(try export(directory), before)
    XCTAssertEqual(try tableNames(directory), try tableNames(MerchantFixtures.seededDirectory()))
  }

  func test_aTerminalOfAMerchantNotInTheFile_refusesTheWholeFile() throws {
    let directory = try MerchantFixtures.seededDirectory()
    let before = try export(directory)
    let csv = header + rows(50) + "822290054119998,乙,,,10420001,scan,normal\n"
    XCTAssertThrowsError(try importAside(directory, csv)) { error in
      guard case .badRows(let problems, _) = error as? MerchantImportError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(problems.map(\.line), [52])
      XCTAssertEqual(problems.first?.column, .terminals)
    }
    XCTAssertEqual(try export(directory), before)
  }

  func test_duplicateTerminalInTheFile_namesBothLines() throws {
    let directory = MerchantDirectory(database: try AppDatabase())
    let csv = header + rows(3) + "822290054119998,乙,,,30000001,scan,normal\n"
    XCTAssertThrowsError(try importAside(directory, csv)) { error in
      guard case .badRows(let problems, _) = error as? MerchantImportError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(problems.map(\.line), [5])
      XCTAssertTrue(problems.first?.message.en.contains("line 3") ?? false)
    }
    XCTAssertEqual(try directory.count(), 0)
  }

  func test_leftoversOfAnInterruptedImport_areNotSeenAndAreDroppedByTheNext() throws {
    let directory = try MerchantFixtures.seededDirectory()
    // What a kill -9 in the middle of building aside leaves: a half-filled new table.
    try directory.database.writer.write { db in
      try db.execute(
        sql: """
          CREATE TABLE merchant_next AS SELECT * FROM merchant WHERE 0;
          INSERT INTO merchant_next VALUES ('822581054117777', '半成品', '5411', '5810', 1, 1, 'normal');
          """)
    }
    XCTAssertEqual(try directory.count(), 8)
    XCTAssertNil(try directory.merchant(MerchantFixtures.number("822581054117777")))
    try importAside(directory, header + rows(5))
    XCTAssertEqual(try directory.count(), 13)
    XCTAssertNil(try directory.merchant(MerchantFixtures.number("822581054117777")))
    XCTAssertFalse(try tableNames(directory).contains("merchant_next"))
  }

  func test_unchangedReimport_commitsNothingToTheDatabaseFile() throws {
    let path = folder + "/pos-console.sqlite"
    let directory = MerchantDirectory(database: try AppDatabase(path: path))
    let csv = header + rows(200)
    try importAside(directory, csv)
    let watcher = try DatabaseQueue(path: path)
    let version = { try watcher.inDatabase { try Int.fetchOne($0, sql: "PRAGMA data_version") } }
    let before = try version()
    XCTAssertEqual(try importAside(directory, csv), MerchantImportSummary(unchanged: 200))
    XCTAssertEqual(try version(), before, "an unchanged re-import committed a write")
  }

  func test_betweenWrites_anotherConnectionCanWriteAtOnce() throws {
    let path = folder + "/pos-console.sqlite"
    let directory = MerchantDirectory(database: try AppDatabase(path: path))
    // A second writer that never waits: it fails at once if the import holds the lock.
    let seller = try DatabaseQueue(path: path)
    try seller.write { try $0.execute(sql: "CREATE TABLE sale (id INTEGER PRIMARY KEY)") }
    var sales = 0
    var phases: Set<String> = []
    try importAside(directory, header + rows(3000)) { progress in
      phases.insert("\(progress.phase)")
      guard progress.phase == .writing else { return }
      do {
        try seller.write { try $0.execute(sql: "INSERT INTO sale DEFAULT VALUES") }
        sales += 1
      } catch {
        XCTFail("a sale could not be written between two import writes: \(error)")
      }
    }
    XCTAssertGreaterThan(sales, 0)
    XCTAssertEqual(phases, ["reading", "writing"])
    XCTAssertEqual(try directory.count(), 3000)
  }

  func test_aSecondImportIntoTheSameDatabase_isRefusedWhileTheFirstRuns() throws {
    let path = folder + "/pos-console.sqlite"
    try {
      let first = try MerchantImportLock(databasePath: path)
      XCTAssertNotNil(first)
      XCTAssertThrowsError(try MerchantImportLock(databasePath: path)) { error in
        XCTAssertTrue("\(error)".contains("another merchants import"), "\(error)")
      }
      withExtendedLifetime(first) {}
    }()
    XCTAssertNotNil(try MerchantImportLock(databasePath: path), "the lock outlived its import")
  }

  func test_aLooselySpelledRow_storesTheSameMerchantAsTheExportedSpelling() throws {
    // The first row takes the byte-level quick path, the second the careful reader.
    let exact = MerchantDirectory(database: try AppDatabase())
    let loose = MerchantDirectory(database: try AppDatabase())
    _ = try exact.importCSV(
      text: header + "822290054110001,店,,,30000001;30000002,scan;card,normal\n")
    _ = try loose.importCSV(
      text: header + " 822290054110001 , 店 , , ,30000002 30000001,CARD;Scan, Normal \n")
    XCTAssertEqual(try export(loose), try export(exact))
    XCTAssertEqual(
      try loose.importCSV(text: try export(exact)), MerchantImportSummary(unchanged: 1))
  }
}
