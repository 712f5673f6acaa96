import Model
import XCTest

@testable import Model

/// Issue 20 item 7: exports put formula cells into CSV as they were; imports took C1
/// controls and U+202E, which `lookup` then printed raw.
final class MerchantNameSafetyTests: XCTestCase {
  private let header = "merchant_number,name,mcc,region,terminals,methods,status\n"

  private func export(_ directory: MerchantDirectory) throws -> String {
    var text = ""
    try directory.exportCSV { text += $0 }
    return text
  }

  func test_cellsStartingAFormula_areExportedAsText_andImportBackTheSame() throws {
    let names = ["=1+1", "+86 店", "-店", "@SUM(A1)", "'=x", "''", "'店", "店=1", "a-b"]
    let source = MerchantDirectory(database: try AppDatabase())
    var csv = header
    for (index, name) in names.enumerated() {
      let quotedName = "\"" + MerchantNameSafetyTests.protect(name) + "\""
      csv += "82258105411\(1000 + index),\(quotedName),,,1050\(1000 + index),scan,normal\n"
    }
    _ = try source.importCSV(text: csv)
    let exported = try export(source)
    for line in exported.split(separator: "\n").dropFirst() {
      let cell = line.split(separator: ",")[1]
      XCTAssertFalse(
        ["=", "+", "-", "@"].contains(where: { cell.hasPrefix($0) || cell.hasPrefix("\"" + $0) }),
        String(line))
    }
    XCTAssertTrue(exported.contains(",'=1+1,"), exported)
    XCTAssertTrue(exported.contains(",'-店,"), exported)
    XCTAssertTrue(exported.contains(",店=1,"), exported)
    XCTAssertTrue(exported.contains(",'店,"), exported)
    let copy = MerchantDirectory(database: try AppDatabase())
    _ = try copy.importCSV(text: exported)
    XCTAssertEqual(try export(copy), exported)
    let stored = try names.indices.map { index in
      try copy.merchant(MerchantFixtures.number("82258105411\(1000 + index)"))?.name
    }
    XCTAssertEqual(stored, names)
  }

  /// How a person writes a name in a CSV so it is stored as is (the export's own rule).
  private static func protect(_ name: String) -> String {
    MerchantNameSafety.exported(name).replacingOccurrences(of: "\"", with: "\"\"")
  }

  func test_namesWithC1OrDirectionControls_areRefusedWithTheirLine() throws {
    for (name, code) in [
      ("店\u{85}名", "U+85"), ("店\u{9B}[2J", "U+9B"), ("\u{202E}店名", "U+202E"),
      ("店\u{2066}", "U+2066"), ("店\u{7F}", "U+7F"), ("店\u{061C}名", "U+61C"),
    ] {
      let directory = MerchantDirectory(database: try AppDatabase())
      let csv =
        header + "822581054110101,甲店,,,10500001,scan,normal\n"
        + "822581054110102,\(name),,,10500002,scan,normal\n"
      do {
        _ = try directory.importCSV(text: csv)
        XCTFail("\(code) was imported")
      } catch .badRows(let problems, _) {
        XCTAssertEqual(problems.map(\.line), [3], code)
        XCTAssertTrue(problems.first?.message(.en).contains(code) == true, code)
      } catch {
        XCTFail("\(error)")
      }
    }
  }

  func test_aStoredNameWithControls_isShownEscaped() {
    XCTAssertEqual(MerchantNameSafety.shown("a\u{202E}b\u{9B}c"), "a\\u{202E}b\\u{9B}c")
    XCTAssertEqual(MerchantNameSafety.shown("示例便利超市"), "示例便利超市")
  }
}
