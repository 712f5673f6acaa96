import XCTest

@testable import Model

final class StoreIdentityTests: XCTestCase {
  func test_merchantNumberTypedWithSpacesAndFullWidthDigits_isStoredAsDigits() throws {
    let updated = try TerminalSettings().applying(
      StoreIdentity(merchantNumber: "８２２ 5810-5411 0099", terminalNumber: "10420099"))
    XCTAssertEqual(updated.merchantNumber, "822581054110099")
    XCTAssertEqual(updated.terminalNumber, "10420099")
  }

  func test_anInvalidField_changesNothingAndSaysWhich() {
    XCTAssertThrowsError(
      try TerminalSettings().applying(StoreIdentity(merchantNumber: "82258105411009"))
    ) { error in
      XCTAssertTrue(
        (error as? StoreIdentityError)?.message(.en).contains("14") ?? false, "\(error)")
    }
    XCTAssertThrowsError(
      try TerminalSettings().applying(
        StoreIdentity(merchantNumber: "822581054110099", serialNumber: "短"))
    ) { error in
      XCTAssertTrue("\(error)".contains("serialNumber"), "\(error)")
    }
  }

  func test_serialNumberIsStoredAndReloaded() throws {
    let database = try AppDatabase()
    let store = TransactionStore(database: database)
    try store.save(try TerminalSettings().applying(StoreIdentity(serialNumber: "SN-TEST-0042")))
    XCTAssertEqual(try store.loadSettings().serialNumber, "SN-TEST-0042")
  }
}
