import Model
import XCTest

final class MerchantDirectoryTests: XCTestCase {
  func test_sampleDirectory_holdsTheStoreMerchantWithItsTerminal() throws {
    let directory = try MerchantFixtures.seededDirectory()
    XCTAssertEqual(try directory.count(), 8)
    let store = try XCTUnwrap(directory.merchant(MerchantFixtures.number("822581054110001")))
    XCTAssertEqual(store.terminals.map(\.value), ["10420001"])
    XCTAssertEqual(store.mccCode, "5411")
    XCTAssertEqual(store.regionCode, "5810")
    XCTAssertEqual(store.methods, [.scan, .card])
    XCTAssertTrue(store.canScan)
  }

  func test_seed_runsOnlyOnAnEmptyDirectory() throws {
    let directory = try MerchantFixtures.seededDirectory()
    XCTAssertFalse(try directory.seedSampleDirectoryIfEmpty())
    XCTAssertEqual(try directory.count(), 8)
  }

  func test_sampleDirectory_hasOneRiskHoldAndOneFrozenMerchant() throws {
    let statuses = try MerchantFixtures.seededDirectory().allMerchants().map(\.status)
    XCTAssertEqual(statuses.filter { $0 == .riskHold }.count, 1)
    XCTAssertEqual(statuses.filter { $0 == .frozen }.count, 1)
  }

  func test_riskHold_blocksScanningAndSaysCall95016() throws {
    let held = try XCTUnwrap(
      MerchantFixtures.seededDirectory().allMerchants().first { $0.status == .riskHold })
    XCTAssertFalse(held.canScan)
    XCTAssertTrue(held.status.allowsCard)
    XCTAssertTrue(held.status.meaningForScanning.zh.contains("95016"))
    XCTAssertTrue(held.status.meaningForScanning.en.contains("95016"))
  }

  func test_unknownNumber_isNotFound() throws {
    XCTAssertNil(
      try MerchantFixtures.seededDirectory().merchant(MerchantFixtures.number("822581054119999")))
  }

  func test_terminalOwner_isFoundByTerminal() throws {
    let owner = try MerchantFixtures.seededDirectory().merchant(
      owning: TerminalNumber(parsing: "10420004"))
    XCTAssertEqual(owner?.number.digits, "822584070110003")
  }

  func test_saveSameRecordTwice_isUnchanged_andEditIsChanged() throws {
    let directory = MerchantDirectory(database: try AppDatabase())
    var record = MerchantRecord(
      number: try MerchantFixtures.number("822581054110009"), name: "A",
      terminals: [try TerminalNumber(parsing: "99990001")], methods: [.card], status: .normal)
    XCTAssertEqual(try directory.save(record), .added)
    XCTAssertEqual(try directory.save(record), .unchanged)
    record.status = .riskHold
    record.terminals = [try TerminalNumber(parsing: "99990002")]
    XCTAssertEqual(try directory.save(record), .changed)
    XCTAssertEqual(try directory.merchant(record.number), record)
    XCTAssertNil(try directory.merchant(owning: TerminalNumber(parsing: "99990001")))
  }

  func test_terminalOfAnotherMerchant_isRefused() throws {
    let directory = try MerchantFixtures.seededDirectory()
    let record = MerchantRecord(
      number: try MerchantFixtures.number("822581054110009"), name: "B",
      terminals: [try TerminalNumber(parsing: "10420001")], methods: [.card], status: .normal)
    XCTAssertThrowsError(try directory.save(record)) { error in
      guard case .terminalTaken(_, let owner, _) = error as? MerchantDirectoryError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(owner.digits, "822581054110001")
    }
    XCTAssertNil(
      try directory.merchant(record.number), "the refused merchant must not stay half-saved")
  }
}
