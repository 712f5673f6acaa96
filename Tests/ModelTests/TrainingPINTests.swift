import Foundation
import GRDB
import XCTest

@testable import Model

/// Trainer PIN: salted PBKDF2 hash, verification, and the lockout that survives restarts.
final class TrainingPINTests: XCTestCase {
  // Fewer rounds than production keep the suite quick; the code path is the same.
  private let rounds = 1_000
  private var directory: URL!
  private let start = Date(timeIntervalSince1970: 1_800_000_000)

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("training-pin-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: directory)
  }

  private var path: String { directory.appendingPathComponent("pos.sqlite").path }

  func test_pinHash_acceptsTheRightPINAndRefusesOthers() throws {
    let made = try TrainerPINHash.make(pin: "2468", iterations: rounds)
    XCTAssertTrue(made.matches("2468"))
    XCTAssertFalse(made.matches("2469"))
    XCTAssertFalse(made.matches(""))
    XCTAssertEqual(made.salt.count, 16)
    XCTAssertEqual(made.hash.count, 32)
  }

  func test_pinHash_saltsEachPINSoEqualPINsStoreDifferentHashes() throws {
    let a = try TrainerPINHash.make(pin: "2468", iterations: rounds)
    let b = try TrainerPINHash.make(pin: "2468", iterations: rounds)
    XCTAssertNotEqual(a.salt, b.salt)
    XCTAssertNotEqual(a.hash, b.hash)
  }

  func test_pinHash_matchesKnownPBKDF2SHA256Vector() throws {
    // RFC 7914 §11 test vector for PBKDF2-HMAC-SHA256 ("passwd", "salt", c = 1).
    let derived = try TrainerPINHash.derive("passwd", salt: Array("salt".utf8), iterations: 1)
    let hex = derived.map { String(format: "%02x", $0) }.joined()
    XCTAssertEqual(hex, "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc")
  }

  func test_defaultIterations_areHigh() {
    XCTAssertGreaterThanOrEqual(TrainerPINHash.defaultIterations, 210_000)
  }

  func test_pinPolicy_refusesLettersAndWrongLengths() {
    XCTAssertThrowsError(try TrainerPINPolicy.check("12a4"))
    XCTAssertThrowsError(try TrainerPINPolicy.check("123"))
    XCTAssertThrowsError(try TrainerPINPolicy.check("1234567890123"))
    XCTAssertNoThrow(try TrainerPINPolicy.check("1234"))
  }

  func test_storedRecord_holdsSaltHashAndRoundsButNeverThePIN() throws {
    let database = try AppDatabase(path: path)
    try TrainerPINGate(database: database).setPIN("97531", iterations: rounds)
    let row = try database.writer.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM training_pin")
    }
    XCTAssertEqual(
      Set(row.map { Array($0.columnNames) } ?? []), ["id", "salt", "hash", "iterations"])
    let file = try Data(contentsOf: URL(fileURLWithPath: path))
    XCTAssertNil(file.range(of: Data("97531".utf8)), "the PIN must not appear in the file")
  }

  func test_gate_withoutAPIN_saysSoAndAcceptsNothing() throws {
    let gate = TrainerPINGate(database: try AppDatabase())
    XCTAssertFalse(try gate.hasPIN())
    XCTAssertEqual(try gate.check("1234", at: start), .noPINSet)
  }

  func test_fiveWrongPINs_lockForFiveMinutes_andTheLockSurvivesARestart() throws {
    var gate = TrainerPINGate(database: try AppDatabase(path: path))
    try gate.setPIN("2468", iterations: rounds)
    for left in [4, 3, 2, 1] {
      XCTAssertEqual(try gate.check("0000", at: start), .refused(triesLeft: left))
    }
    let until = start.addingTimeInterval(300)
    XCTAssertEqual(try gate.check("0000", at: start), .locked(until: until))
    // Restart: a new connection to the same file still sees the lock.
    gate = TrainerPINGate(database: try AppDatabase(path: path))
    XCTAssertEqual(try gate.check("2468", at: start.addingTimeInterval(299)), .locked(until: until))
    XCTAssertEqual(try gate.check("2468", at: start.addingTimeInterval(300)), .accepted)
  }

  func test_rightPIN_resetsTheCountOfWrongOnes() throws {
    let gate = TrainerPINGate(database: try AppDatabase())
    try gate.setPIN("2468", iterations: rounds)
    for _ in 0..<4 { _ = try gate.check("1111", at: start) }
    XCTAssertEqual(try gate.check("2468", at: start), .accepted)
    XCTAssertEqual(try gate.check("1111", at: start), .refused(triesLeft: 4))
  }
}
