import Foundation
import GRDB
import XCTest

@testable import Model

final class TerminalStoreTests: XCTestCase {
  private var directory: URL!

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("sim-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: directory)
  }

  private var path: String { directory.appendingPathComponent("pos.sqlite").path }

  func test_batchSurvivesReopeningTheDatabase() throws {
    do {
      let store = TransactionStore(database: try AppDatabase(path: path))
      var sim = try TerminalFixture.signedIn(ledger: try store.loadLedger())
      try store.persist(sim.scanSale("12.30"), ledger: sim.ledger)
      _ = sim.handle(.confirm)
      try store.persist(sim.cardSale("5"), ledger: sim.ledger)
    }
    let reopened = TransactionStore(database: try AppDatabase(path: path))
    let ledger = try reopened.loadLedger()
    XCTAssertEqual(ledger.records.count, 2)
    XCTAssertEqual(ledger.records.first?.amountFen, 1_230)
    XCTAssertEqual(ledger.records.first?.walletName?.zh, "微信支付")
    XCTAssertEqual(ledger.records.last?.method, .insert)
    XCTAssertEqual(ledger.live.nextVoucher, 3)
    XCTAssertEqual(ledger.summary(training: false).saleFen, 1_730)

    var sim = try TerminalFixture.signedIn(ledger: ledger)
    let next = try XCTUnwrap(sim.scanSale("1").completed.first)
    XCTAssertEqual(next.voucher, "000003")
    XCTAssertEqual(next.reference, "000000000003")
  }

  func test_voidAfterRestart_findsTheSaleOfTheOpenBatch() throws {
    let date = TerminalFixture.saleDate
    do {
      let store = TransactionStore(database: try AppDatabase(path: path))
      var sim = try TerminalFixture.signedIn()
      try store.persist(sim.scanSale("9"), ledger: sim.ledger)
    }
    let store = TransactionStore(database: try AppDatabase(path: path))
    var sim = try TerminalFixture.signedIn(ledger: try store.loadLedger())
    XCTAssertEqual(sim.ledger.records.first?.date, date)
    _ = sim.handle(.digit(3))
    sim.send("123456")
    _ = sim.handle(.confirm)
    sim.send("1")
    _ = sim.handle(.confirm)
    guard case .voidConfirm = sim.state else { return XCTFail("\(sim.state) \(sim.screenText)") }
  }

  func test_settlementSurvivesReopening() throws {
    do {
      let store = TransactionStore(database: try AppDatabase(path: path))
      var sim = try TerminalFixture.signedIn()
      try store.persist(sim.scanSale("9"), ledger: sim.ledger)
      _ = sim.handle(.confirm)
      _ = sim.perform(.settle)
      try store.persist(sim.handle(.confirm), ledger: sim.ledger)
    }
    let ledger = try TransactionStore(database: try AppDatabase(path: path)).loadLedger()
    XCTAssertEqual(ledger.live.batchNumber, 2)
    XCTAssertTrue(ledger.openBatch(training: false).isEmpty)
  }

  func test_trainingRecords_keepTheirFlagAndOwnCounters() throws {
    let store = TransactionStore(database: try AppDatabase())
    var sim = try TerminalFixture.signedIn(training: true)
    try store.persist(sim.scanSale("1"), ledger: sim.ledger)
    let ledger = try store.loadLedger()
    XCTAssertEqual(ledger.records.first?.training, true)
    XCTAssertEqual(ledger.training.nextVoucher, 2)
    XCTAssertEqual(ledger.live.nextVoucher, 1)
    XCTAssertTrue(ledger.openBatch(training: false).isEmpty)
  }

  func test_settings_roundTripAndDefaultWhenAbsent() throws {
    let store = TransactionStore(database: try AppDatabase())
    XCTAssertEqual(try store.loadSettings(), TerminalSettings())
    var sim = try TerminalFixture.signedIn()
    _ = sim.perform(.permissions)
    try store.persist(sim.handle(.digit(1)), ledger: sim.ledger)
    XCTAssertFalse(try store.loadSettings().scanPermission)
  }

  func test_corruptSetting_isATypedError() throws {
    let database = try AppDatabase()
    try database.writer.write { db in
      try db.execute(sql: "INSERT INTO sim_setting (key, value) VALUES ('connection', 'pigeon')")
    }
    XCTAssertThrowsError(try TransactionStore(database: database).loadSettings()) { error in
      XCTAssertEqual(
        error as? TransactionStoreError,
        .invalidSetting(key: "connection", value: "pigeon", expected: "wifi or mobile"))
    }
  }

  func test_corruptRow_isATypedError() throws {
    let database = try AppDatabase()
    try database.writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO sim_transaction (kind, method, amountFen, batch, voucher, reference, date,
            training, operatorID) VALUES ('gift', 'scan', 1, '000001', '000001', '000000000001',
            '2024-05-01 06:03:22.000', 0, '01')
          """)
    }
    XCTAssertThrowsError(try TransactionStore(database: database).loadLedger()) { error in
      XCTAssertEqual(
        error as? TransactionStoreError,
        .corruptRow(table: "sim_transaction", id: 1, column: "kind"))
    }
  }
}
