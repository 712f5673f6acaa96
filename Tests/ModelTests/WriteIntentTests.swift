import Foundation
import GRDB
import XCTest

@testable import Model

/// A merchant import steps aside between its transactions only while another writer says it
/// waits for the lock; every app write says so.
final class WriteIntentTests: TemporaryFolderTestCase {

  private func yielder(_ database: AppDatabase) throws -> WriteIntent.Yielder {
    let intent = try XCTUnwrap(database.writeIntent)
    return try XCTUnwrap(WriteIntent.Yielder(intent))
  }

  func test_nobodyWaiting_theImportDoesNotPause() throws {
    let database = try AppDatabase(path: folder + "/app.sqlite")
    XCTAssertEqual(try yielder(database).yieldIfWanted(longest: .seconds(2)), .zero)
  }

  func test_anAppWrite_isAnnounced_whileItRuns_andNotAfter() throws {
    let database = try AppDatabase(path: folder + "/app.sqlite")
    let importer = try yielder(database)
    var waitedDuringWrite = Duration.zero
    try database.write { db in
      waitedDuringWrite = importer.yieldIfWanted(longest: .milliseconds(30))
      try db.execute(sql: "INSERT OR REPLACE INTO sim_setting (key, value) VALUES ('k', 'v')")
    }
    XCTAssertGreaterThanOrEqual(waitedDuringWrite, .milliseconds(30))
    XCTAssertEqual(importer.yieldIfWanted(longest: .seconds(2)), .zero)
  }

  func test_aStoreWrite_isAnnounced() throws {
    let database = try AppDatabase(path: folder + "/app.sqlite")
    let importer = try yielder(database)
    let waited = try StoreWrite.run(database) { db -> Duration in
      try db.execute(sql: "INSERT OR REPLACE INTO sim_setting (key, value) VALUES ('k', 'v')")
      return importer.yieldIfWanted(longest: .milliseconds(30))
    }
    XCTAssertGreaterThanOrEqual(waited, .milliseconds(30))
  }

  func test_theImportWaits_untilTheWriterIsThrough_notItsLongest() throws {
    let intent = try XCTUnwrap(WriteIntent(databasePath: folder + "/app.sqlite"))
    let importer = try XCTUnwrap(WriteIntent.Yielder(intent))
    let started = DispatchSemaphore(value: 0)
    let writer = Thread {
      intent.announcing {
        started.signal()
        usleep(80_000)
      }
    }
    writer.start()
    started.wait()
    let waited = importer.yieldIfWanted(longest: .seconds(10))
    XCTAssertGreaterThan(waited, .milliseconds(40))
    XCTAssertLessThan(waited, .seconds(5))
  }

  func test_aWriterThatNeverFinishes_holdsTheImportOnlyForItsLongest() throws {
    let intent = try XCTUnwrap(WriteIntent(databasePath: folder + "/app.sqlite"))
    let importer = try XCTUnwrap(WriteIntent.Yielder(intent))
    // Another process's shared lock, as a console waiting in SQLite's busy handler holds it.
    let other = open(intent.path, O_RDWR)
    XCTAssertGreaterThanOrEqual(other, 0)
    defer { close(other) }
    XCTAssertEqual(flock(other, LOCK_SH), 0)
    let waited = importer.yieldIfWanted(longest: .milliseconds(50))
    XCTAssertGreaterThanOrEqual(waited, .milliseconds(50))
    flock(other, LOCK_UN)
    XCTAssertEqual(importer.yieldIfWanted(longest: .milliseconds(50)), .zero)
  }

  func test_inMemoryDatabases_haveNoIntentFile() throws {
    XCTAssertNil(try AppDatabase().writeIntent)
    XCTAssertNil(WriteIntent(databasePath: ":memory:"))
  }
}
