import Model
import XCTest

final class MerchantImportTests: XCTestCase {
  private let header = "merchant_number,name,mcc,region,terminals,methods,status\n"

  private func export(_ directory: MerchantDirectory) throws -> String {
    var text = ""
    try directory.exportCSV { text += $0 }
    return text
  }

  private func badRows(_ directory: MerchantDirectory, _ csv: String) -> [MerchantImportProblem] {
    do {
      _ = try directory.importCSV(text: csv)
      XCTFail("import should have been refused")
    } catch .badRows(let problems, _) {
      return problems
    } catch {
      XCTFail("unexpected \(error)")
    }
    return []
  }

  func test_validFile_addsEveryRow() throws {
    let directory = MerchantDirectory(database: try AppDatabase())
    let summary = try directory.importCSV(
      text: header + "822581054110101,甲店,,,10500001;10500002,scan;card,normal\n"
        + "822581058120102,乙店,5812,5810,10500003,card,risk_hold\n")
    XCTAssertEqual(summary, MerchantImportSummary(added: 2))
    let first = try XCTUnwrap(directory.merchant(MerchantFixtures.number("822581054110101")))
    XCTAssertEqual(first.terminals.map(\.value), ["10500001", "10500002"])
    XCTAssertEqual(first.mccCode, "5411")
    XCTAssertEqual(
      try directory.merchant(MerchantFixtures.number("822581058120102"))?.status, .riskHold)
  }

  func test_sameFileTwice_secondImportChangesNothing() throws {
    let directory = try MerchantFixtures.seededDirectory()
    let csv = header + "822581054110101,甲店,,,10500001,scan;card,normal\n"
    XCTAssertEqual(try directory.importCSV(text: csv), MerchantImportSummary(added: 1))
    let before = try export(directory)
    XCTAssertEqual(try directory.importCSV(text: csv), MerchantImportSummary(unchanged: 1))
    XCTAssertEqual(try export(directory), before)
  }

  func test_editedRow_isCountedAsChanged() throws {
    let directory = try MerchantFixtures.seededDirectory()
    let csv = header + "822581054110001,示例便利超市（本店）,,,10420001,card,normal\n"
    XCTAssertEqual(try directory.importCSV(text: csv), MerchantImportSummary(changed: 1))
    XCTAssertEqual(
      try directory.merchant(MerchantFixtures.number("822581054110001"))?.methods, [.card])
  }

  func test_exportThenImport_roundTripsUnchanged() throws {
    let directory = try MerchantFixtures.seededDirectory()
    XCTAssertEqual(
      try directory.importCSV(text: export(directory)), MerchantImportSummary(unchanged: 8))
  }

  func test_badRowInTheMiddle_leavesDirectoryUnchangedAndNamesTheLine() throws {
    let directory = try MerchantFixtures.seededDirectory()
    let before = try export(directory)
    let problems = badRows(
      directory,
      header + "822581054110101,甲店,,,10500001,scan,normal\n"
        + "82258105411010,乙店,,,10500002,scan,normal\n"
        + "822581054110001,改名,,,10420001,scan,normal\n")
    XCTAssertEqual(problems.map(\.line), [3])
    XCTAssertEqual(problems.first?.column, .merchantNumber)
    XCTAssertTrue(problems.first?.message.en.contains("14 digits") ?? false)
    XCTAssertEqual(try export(directory), before)
    XCTAssertEqual(try directory.count(), 8)
  }

  func test_everyBadRowIsReportedWithItsLine() throws {
    let directory = MerchantDirectory(database: try AppDatabase())
    let problems = badRows(
      directory,
      header + "822581054110101,,,,10500001,scan,normal\n"
        + "822581054110102,乙,54X1,,10500002,scan,normal\n"
        + "822581054110103,丙,,,1050003,scan,normal\n"
        + "822581054110104,丁,,,10500004,wechat,normal\n"
        + "822581054110105,戊,,,10500005,scan,closed\n"
        + "822581054110106,己,,,10500006,scan\n")
    XCTAssertEqual(problems.map(\.line), [2, 3, 4, 5, 6, 7])
    XCTAssertEqual(problems.map(\.column), [.name, .mcc, .terminals, .methods, .status, nil])
    XCTAssertEqual(try directory.count(), 0)
  }

  func test_quotedFieldsWithCommasAndLineBreaks_keepTheirTextAndLaterLinesStayRight() throws {
    let directory = MerchantDirectory(database: try AppDatabase())
    let problems = badRows(
      directory,
      header + "822581054110101,\"甲店, \"\"总店\"\"\nB座\",,,10500001,scan,normal\n"
        + "822581054110102,乙,,,10500002,scan,nonsense\n")
    // The quoted name spans lines 2-3 (a line break is refused in a name); the next row is line 4.
    XCTAssertEqual(problems.map(\.line), [2, 4])
    XCTAssertEqual(problems.map(\.column), [.name, .status])
    let summary = try directory.importCSV(
      text: header + "822581054110101,\"甲店, \"\"总店\"\"\",,,10500001,scan,normal\n")
    XCTAssertEqual(summary.added, 1)
    XCTAssertEqual(
      try directory.merchant(MerchantFixtures.number("822581054110101"))?.name, "甲店, \"总店\"")
  }

  func test_brokenQuoting_isReportedNotCrashed() throws {
    let problems = badRows(
      MerchantDirectory(database: try AppDatabase()),
      header
        + "822581054110101,甲店,,,10500001,scan,normal\n822581054110102,\"乙\"x,,,10500002,scan,normal\n"
    )
    XCTAssertEqual(problems.map(\.line), [3])
    XCTAssertTrue(problems.first?.message.en.contains("quoting") ?? false)
  }

  func test_duplicateNumberInFile_isReportedWithTheFirstLine() throws {
    let problems = badRows(
      MerchantDirectory(database: try AppDatabase()),
      header
        + "822581054110101,甲,,,10500001,scan,normal\n822581054110101,乙,,,10500002,scan,normal\n")
    XCTAssertEqual(problems.map(\.line), [3])
    XCTAssertTrue(problems.first?.message.en.contains("line 2") ?? false)
  }

  func test_sameTerminalOnTwoLines_isReportedAtTheLaterWithTheFirst() throws {
    // Numbers all differ (their index is unique in one sort); only the terminals repeat.
    let directory = MerchantDirectory(database: try AppDatabase())
    let problems = badRows(
      directory,
      header + "822581054110101,甲,,,10500001,scan,normal\n"
        + "822581054110102,乙,,,10500002,scan,normal\n"
        + "822581054110103,丙,,,10500009;10500001,scan,normal\n")
    XCTAssertEqual(problems.map(\.line), [4])
    XCTAssertEqual(problems.first?.column, .terminals)
    XCTAssertTrue(problems.first?.message.en.contains("line 2") ?? false)
    XCTAssertNil(try directory.merchant(MerchantFixtures.number("822581054110101")))
  }

  func test_terminalOfAnotherMerchant_isReportedAndRolledBack() throws {
    let directory = try MerchantFixtures.seededDirectory()
    let problems = badRows(
      directory,
      header
        + "822581054110101,甲,,,10500001,scan,normal\n822581054110102,乙,,,10420001,scan,normal\n")
    XCTAssertEqual(problems.map(\.line), [3])
    XCTAssertEqual(problems.first?.column, .terminals)
    XCTAssertNil(try directory.merchant(MerchantFixtures.number("822581054110101")))
  }

  func test_wrongHeader_isRefusedBeforeAnyRow() throws {
    let directory = MerchantDirectory(database: try AppDatabase())
    XCTAssertThrowsError(try directory.importCSV(text: "merchant_number,name,colour\n1,2,3\n")) {
      error in
      guard case .badHeader(let problems) = error as? MerchantImportError else {
        return XCTFail("\(error)")
      }
      // colour is unknown; terminals, methods and status are missing.
      XCTAssertEqual(problems.count, 4)
    }
  }

  func test_blankLines_areSkipped() throws {
    let directory = MerchantDirectory(database: try AppDatabase())
    let summary = try directory.importCSV(
      text: header + "\n822581054110101,甲,,,10500001,scan,normal\n\n")
    XCTAssertEqual(summary.added, 1)
  }

  func test_floodOfBadRows_listsOnlyTheFirstButCountsAll() throws {
    let rows = (0..<500).map { _ in "x,y,,,z,scan,normal\n" }.joined()
    let directory = MerchantDirectory(database: try AppDatabase())
    do {
      _ = try directory.importCSV(text: header + rows)
      XCTFail("should refuse")
    } catch .badRows(let problems, let total) {
      XCTAssertEqual(total, 500)
      XCTAssertEqual(problems.count, MerchantImportError.listedProblemLimit)
      let message = MerchantImportError.badRows(problems: problems, total: total).message(.en)
      XCTAssertTrue(message.contains("450 more"))
      XCTAssertTrue(message.contains("Nothing was imported"))
    } catch {
      XCTFail("unexpected \(error)")
    }
  }

  func test_missingFile_isATypedError() {
    XCTAssertThrowsError(
      try MerchantDirectory(database: try AppDatabase()).importCSV(path: "/nonexistent/m.csv")
    ) { error in
      guard case .unreadableFile(let path, _) = error as? MerchantImportError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(path, "/nonexistent/m.csv")
    }
  }

  func test_windowsLineEndingsAndByteOrderMark_areRead() throws {
    let directory = MerchantDirectory(database: try AppDatabase())
    let csv =
      "\u{FEFF}merchant_number,name,mcc,region,terminals,methods,status\r\n"
      + "822581054110101,甲,,,10500001,scan,normal\r\n822581054110102,乙,,,10500002,card,frozen\r\n"
    XCTAssertEqual(try directory.importCSV(text: csv), MerchantImportSummary(added: 2))
    XCTAssertEqual(
      try directory.merchant(MerchantFixtures.number("822581054110102"))?.status, .frozen)
  }

  func test_spreadsheetFloatNumber_isExplained() throws {
    let problems = badRows(
      MerchantDirectory(database: try AppDatabase()),
      header + "8.22581E+14,甲,,,10500001,scan,normal\n")
    XCTAssertEqual(problems.map(\.line), [2])
    XCTAssertTrue(problems.first?.message.en.contains("format the column as text") ?? false)
  }

  func test_unterminatedQuote_isReportedAtTheRowWhereItStarts() throws {
    let problems = badRows(
      MerchantDirectory(database: try AppDatabase()),
      header + "822581054110101,甲,,,10500001,scan,normal\n"
        + "822581054110102,\"乙,,,10500002,scan,normal\n822581054110103,丙,,,10500003,scan,normal\n")
    XCTAssertEqual(problems.map(\.line), [3])
  }
}
