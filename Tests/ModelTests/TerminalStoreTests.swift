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
      try sim.storedScanSale("12.30", in: store)
      _ = sim.handle(.confirm)
      try sim.storedCardSale("5", in: store)
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
    let next = try sim.storedScanSale("1", in: reopened)
    XCTAssertEqual(next.voucher, "000003")
    XCTAssertEqual(next.reference, "000000000003")
  }

  func test_voidAfterRestart_findsTheSaleOfTheOpenBatch() throws {
    let date = TerminalFixture.saleDate
    do {
      let store = TransactionStore(database: try AppDatabase(path: path))
      var sim = try TerminalFixture.signedIn()
      try sim.storedScanSale("9", in: store)
    }
    let store = TransactionStore(database: try AppDatabase(path: path))
    var sim = try TerminalFixture.signedIn(ledger: try store.loadLedger())
    XCTAssertEqual(sim.ledger.records.first?.date, date)
    _ = sim.press(.digit(3))
    sim.send("123456")
    _ = sim.press(.confirm)
    sim.send("1")
    _ = sim.press(.confirm)
    guard case .voidConfirm = sim.state else { return XCTFail("\(sim.state) \(sim.screenText)") }
  }

  func test_settlementSurvivesReopening() throws {
    do {
      let store = TransactionStore(database: try AppDatabase(path: path))
      var sim = try TerminalFixture.signedIn()
      try sim.storedScanSale("9", in: store)
      _ = sim.press(.confirm)
      _ = sim.perform(.settle)
      try store.persist(sim.press(.confirm))
    }
    let ledger = try TransactionStore(database: try AppDatabase(path: path)).loadLedger()
    XCTAssertEqual(ledger.live.batchNumber, 2)
    XCTAssertTrue(ledger.openBatch(training: false).isEmpty)
  }

  func test_trainingRecords_keepTheirFlagAndOwnCounters() throws {
    let store = TransactionStore(database: try AppDatabase())
    var live = try TerminalFixture.signedIn()
    try live.storedScanSale("2", in: store)
    var sim = try TerminalFixture.signedIn(training: true)
    let record = try sim.storedScanSale("1", in: store)
    XCTAssertEqual(record.voucher, "000001", "training starts its own sequence")
    let ledger = try store.loadLedger()
    XCTAssertEqual(ledger.records.last?.training, true)
    XCTAssertEqual(ledger.training.nextVoucher, 2)
    XCTAssertEqual(ledger.live.nextVoucher, 2)
    XCTAssertEqual(ledger.openBatch(training: false).count, 1)
  }

  /// Defect 2: two consoles on one data dir each kept the counters in memory and handed
  /// out the same voucher; now each sale's numbers come from the database.
  func test_twoUnitsOnOneDatabase_neverShareAVoucherOrReference() throws {
    let first = TransactionStore(database: try AppDatabase(path: path))
    let second = TransactionStore(database: try AppDatabase(path: path))
    var a = try TerminalFixture.signedIn(ledger: try first.loadLedger())
    var b = try TerminalFixture.signedIn(ledger: try second.loadLedger())
    var records: [TransactionRecord] = []
    for round in 1...5 {
      records.append(try a.storedScanSale("\(round)", in: first))
      _ = a.press(.confirm)
      records.append(try b.storedScanSale("\(round)", in: second))
      _ = b.press(.confirm)
    }
    XCTAssertEqual(Set(records.map(\.voucher)).count, 10, "\(records.map(\.voucher))")
    XCTAssertEqual(Set(records.map(\.reference)).count, 10)
    XCTAssertEqual(try first.loadLedger().records.count, 10)
  }

  /// Defect 2 for settlements: the batch number lives in the database too, and a batch
  /// settled on one unit is not settled again by another.
  func test_settlingOnTwoUnits_opensOneNewBatch() throws {
    let first = TransactionStore(database: try AppDatabase(path: path))
    let second = TransactionStore(database: try AppDatabase(path: path))
    var a = try TerminalFixture.signedIn()
    try a.storedScanSale("1", in: first)
    let closed = a.ledger.summary(training: false)
    try first.persist([.batchSettled(closed)])
    try second.persist([.batchSettled(closed)])
    XCTAssertEqual(try first.loadLedger().live.batchNumber, 2)
    var b = try TerminalFixture.signedIn()
    let next = try b.storedScanSale("1", in: second)
    XCTAssertEqual(next.batch, "000002")
  }

  /// Defect 1: a write that cannot get the lock is a typed failure after the bounded
  /// retries, not a sale shown as approved.
  func test_recordWhileAnotherConnectionHoldsTheWriteLock_failsAsBusy() throws {
    let store = TransactionStore(database: try AppDatabase(path: path, busyTimeout: 0.05))
    let blocker = try DatabaseQueue(path: path)
    try blocker.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      var sim = try TerminalFixture.signedIn()
      sim.startScan("3")
      let events = sim.handle(.text(TerminalFixture.wechatCode + "\n"))
      let pending = try XCTUnwrap(events.pendingRecord)
      XCTAssertThrowsError(try store.record(pending)) { error in
        XCTAssertEqual((error as? RecordFailure)?.kind, .busy, "\(error)")
      }
      try db.execute(sql: "ROLLBACK")
    }
    XCTAssertTrue(try store.loadLedger().records.isEmpty)
  }

  /// Defect 1: a read-only database (or data dir) says so instead of losing the sale.
  func test_recordIntoReadOnlyDatabase_failsAsNotWritable() throws {
    _ = try AppDatabase(path: path)
    let readOnly = try DatabaseQueue(
      path: path,
      configuration: {
        var c = Configuration()
        c.readonly = true
        return c
      }())
    var sim = try TerminalFixture.signedIn()
    sim.startScan("3")
    let pending = try XCTUnwrap(sim.handle(.text(TerminalFixture.wechatCode + "\n")).pendingRecord)
    let store = TransactionStore(database: AppDatabase(connection: readOnly))
    XCTAssertThrowsError(try store.record(pending)) { error in
      XCTAssertEqual((error as? RecordFailure)?.kind, .notWritable, "\(error)")
    }
  }

  func test_databaseIsInWALMode() throws {
    let database = try AppDatabase(path: path)
    let mode = try database.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
    XCTAssertEqual(mode, "wal")
  }

  func test_settings_roundTripAndDefaultWhenAbsent() throws {
    let store = TransactionStore(database: try AppDatabase())
    XCTAssertEqual(try store.loadSettings(), TerminalSettings())
    var sim = try TerminalFixture.signedIn()
    _ = sim.perform(.permissions)
    try store.persist(sim.press(.digit(1)))
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

extension TerminalSimulator {
  /// A scan sale journalled in `store`, as the console does it; returns the stored record.
  @discardableResult
  mutating func storedScanSale(_ amount: String, in store: TransactionStore) throws
    -> TransactionRecord
  {
    startScan(amount)
    let code = TerminalFixture.freshCode(after: try store.loadLedger())
    return try journal(handle(.text(code + "\n")), in: store)
  }

  /// A card sale journalled in `store`, signed; returns the stored record.
  @discardableResult
  mutating func storedCardSale(_ amount: String, in store: TransactionStore) throws
    -> TransactionRecord
  {
    _ = handle(.digit(1))
    typeAmount(amount)
    _ = handle(.confirm)
    _ = handle(.presentCard(.insert))
    send("123456")
    let record = try journal(handle(.confirm), in: store)
    _ = handle(.arrow(.right))
    _ = handle(.confirm)
    return record
  }

  /// Stores the transaction `events` ask for and tells the unit its numbers.
  mutating func journal(_ events: [TerminalEvent], in store: TransactionStore) throws
    -> TransactionRecord
  {
    let pending = try XCTUnwrap(events.pendingRecord, "\(events) \(screenText)")
    let record = try store.record(pending)
    _ = answerRecording(
      .recorded(
        TransactionNumbers(
          batch: record.batch, voucher: record.voucher, reference: record.reference)))
    XCTAssertEqual(approvedRecord ?? signingRecord, record)
    return record
  }

  var signingRecord: TransactionRecord? {
    if case .signature(let record, _) = state { return record }
    return nil
  }
}

extension [TerminalEvent] {
  var pendingRecord: PendingTransaction? {
    lazy.compactMap { if case .recordRequested(let p) = $0 { p } else { nil } }.first
  }
}
