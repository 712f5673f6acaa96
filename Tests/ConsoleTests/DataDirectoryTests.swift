import Foundation
import Model
import XCTest

@testable import Console

/// Defect 6 (files world-readable, data under /tmp without HOME) and defect 7 (an
/// unusable data dir started without a word).
final class DataDirectoryTests: XCTestCase {
  private var root = ""

  override func setUpWithError() throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("data-dir-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: root)
  }

  private func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
  }

  /// Issue 20 item 1: an existing folder keeps its mode; only the console's own files are
  /// tightened, and nothing else in the folder is touched.
  func test_existingDataDir_keepsItsModes_onlyTheConsolesFilesBecome0600() throws {
    let directory = root + "/data"
    try FileManager.default.createDirectory(
      atPath: directory + "/www", withIntermediateDirectories: true)
    chmod(directory, 0o755)
    chmod(directory + "/www", 0o2775)
    let own = [
      "pos-console.sqlite", "pos-console.sqlite-wal", "pos-console.log",
      "case-20261128-225100.txt",
    ]
    let foreign = ["www/i.html", "notes.txt", "pos-console.sqlite.bak", "case-notes.txt"]
    for name in own + foreign {
      XCTAssertTrue(
        FileManager.default.createFile(
          atPath: directory + "/" + name, contents: Data(), attributes: [.posixPermissions: 0o644]))
    }
    XCTAssertNil(prepareDataDirectory(directory))
    XCTAssertEqual(try mode(directory), 0o755, "an existing folder is the owner's")
    let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/www")
    XCTAssertEqual((attributes[.posixPermissions] as? Int ?? -1) & 0o7777, 0o2775, "setgid kept")
    for name in own { XCTAssertEqual(try mode(directory + "/" + name), 0o600, name) }
    for name in foreign { XCTAssertEqual(try mode(directory + "/" + name), 0o644, name) }
  }

  /// A link named like the database is not followed: the file it points at is not the console's.
  func test_aLinkNamedLikeTheDatabase_isNotFollowed() throws {
    let directory = root + "/data"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let target = root + "/elsewhere.txt"
    XCTAssertTrue(
      FileManager.default.createFile(
        atPath: target, contents: Data(), attributes: [.posixPermissions: 0o644]))
    XCTAssertEqual(symlink(target, directory + "/pos-console.log"), 0)
    XCTAssertNil(prepareDataDirectory(directory))
    XCTAssertEqual(try mode(target), 0o644)
  }

  /// New files are owner-only whatever the umask (the tests run with the usual 022).
  func test_newDatabaseAndLog_are0600_underAnOpenUmask() throws {
    let saved = umask(0o022)
    defer { umask(saved) }
    let directory = root + "/fresh"
    XCTAssertNil(prepareDataDirectory(directory))
    let log = EventLog(directory: directory)
    log.write("first line")
    let database = try AppDatabase(path: databasePath(inDataDirectory: directory))
    try database.write { db in try db.execute(sql: "CREATE TABLE t (x)") }
    for name in ["pos-console.sqlite", "pos-console.sqlite-wal", "pos-console.log"] {
      XCTAssertEqual(try mode(directory + "/" + name), 0o600, name)
    }
  }

  func test_consoleFileNames_areExactlyTheConsolesOwn() {
    for name in [
      "pos-console.sqlite", "pos-console.sqlite-wal", "pos-console.sqlite-shm",
      "pos-console.sqlite.write-intent", "pos-console.sqlite.import-lock", "pos-console.log",
      "case-20261128-225100.txt",
    ] {
      XCTAssertTrue(isConsoleFileName(name), name)
    }
    for name in [
      "pos-console.sqlite2", "i.html", "pos-console.log.1", "case-2026112-225100.txt",
      "case-20261128-2251000.txt", "xpos-console.sqlite",
    ] {
      XCTAssertFalse(isConsoleFileName(name), name)
    }
  }

  func test_newDataDir_isCreatedOwnerOnly() throws {
    let directory = root + "/a/b/pos-console"
    XCTAssertNil(prepareDataDirectory(directory))
    XCTAssertEqual(try mode(directory), 0o700)
    XCTAssertEqual(try mode(root + "/a"), 0o700)
  }

  func test_withoutAnyLocation_thereIsNoDataDir() throws {
    let names = ["POS_CONSOLE_DATA", "XDG_DATA_HOME", "HOME"]
    let saved = names.map { name in getenv(name).map { String(cString: $0) } }
    defer {
      for (name, value) in zip(names, saved) {
        if let value { setenv(name, value, 1) } else { unsetenv(name) }
      }
    }
    for name in names { unsetenv(name) }
    XCTAssertThrowsError(try dataDirectoryPath(nil)) { error in
      XCTAssertEqual(error as? DataDirectoryError, .noLocation)
    }
    XCTAssertTrue(DataDirectoryError.noLocation.message(.en).contains("--data-dir"))
    XCTAssertEqual(try dataDirectoryPath(root), root, "--data-dir still works")
    setenv("HOME", root, 1)
    XCTAssertEqual(try dataDirectoryPath(nil), root + "/.local/share/pos-console")
  }

  func test_aFileWhereTheDataDirShouldBe_isAnUnusableDataDir() throws {
    let file = root + "/data"
    XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
    guard case .directoryUnusable(let path, let reason) = prepareDataDirectory(file) else {
      return XCTFail("a file is not a data dir")
    }
    XCTAssertEqual(path, file)
    XCTAssertEqual(reason, "not a directory")
  }

  /// Defect 7: the console knows before any sale, with the real reason, and logs it.
  func test_unusableDataDir_isInTheResourcesAndTheLog() throws {
    let file = root + "/data"
    XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
    let log = EventLog(directory: root)
    let services = AppServices(
      dataDirectory: file, log: log, directoryProblem: prepareDataDirectory(file))
    let resources = services.loadResources()
    XCTAssertEqual(
      resources.storeProblem, .directoryUnusable(path: file, reason: "not a directory"))
    XCTAssertFalse(resources.databaseOpen)
    let written = try String(contentsOfFile: root + "/pos-console.log", encoding: .utf8)
    XCTAssertTrue(written.contains("not a directory"), written)
  }

  func test_corruptDatabase_isAnUnusableStore() throws {
    let directory = root + "/data"
    XCTAssertNil(prepareDataDirectory(directory))
    let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    try garbage.write(to: URL(fileURLWithPath: databasePath(inDataDirectory: directory)))
    let services = AppServices(dataDirectory: directory, log: EventLog(directory: directory))
    let resources = services.loadResources()
    guard case .databaseUnusable(_, let failure) = resources.storeProblem else {
      return XCTFail("\(String(describing: resources.storeProblem))")
    }
    XCTAssertEqual(failure.kind, .corrupt, failure.detail)
  }
}
