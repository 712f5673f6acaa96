import Foundation
import XCTest

/// The records commands a shop owner runs: a year of records restored, summed up, exported and
/// restored again into an empty data dir with the same figures; a bad restore refused whole.
final class RecordsCommandEndToEndTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "pos-e2e-records-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  private func run(_ command: String) throws -> (String, Int) {
    try TmuxSession.bash(command, in: directory)
  }

  /// One whole session row, its terminal a spreadsheet formula.
  private static let oneSession =
    #"{"table":"sessions","row":{"id":"s1","guideID":"g","symptom":"light-no-read","startedAt":"2026-11-01 08:00:00.000","updatedAt":"2026-11-01 08:01:00.000","finishedAt":null,"outcome":null,"outcomeStep":null,"guideVersion":null,"terminalID":"=cmd|' /C calc'!A0","operatorID":"01","storeID":null,"merchantNumber":null}}"#

  private var binary: String { "env LANG=en_US.UTF-8 LC_ALL= TZ=UTC '\(TmuxSession.binary)'" }

  func test_exportImportIntoAnEmptyDataDir_statsIdentical() throws {
    let generator = TmuxSession.repoRoot + "/scripts/gen-records.py"
    let (generated, generatedStatus) = try run(
      "python3 '\(generator)' --stores 1 --sessions 400 --answers > year.jsonl")
    XCTAssertEqual(generatedStatus, 0, generated)
    let (restored, restoredStatus) = try run("\(binary) records import year.jsonl --data-dir a")
    XCTAssertEqual(restoredStatus, 0, restored)
    XCTAssertTrue(restored.contains("restored"), restored)

    let (stats, statsStatus) = try run("\(binary) stats --format json --data-dir a")
    XCTAssertEqual(statsStatus, 0, stats)
    XCTAssertTrue(
      stats.contains("\"flagged\" : true"), "the repeat-fault unit is flagged: \(stats)")
    let (exported, exportStatus) = try run(
      "\(binary) records export --format json --output backup.jsonl --data-dir a")
    XCTAssertEqual(exportStatus, 0, exported)
    let (again, againStatus) = try run("\(binary) records import backup.jsonl --data-dir b")
    XCTAssertEqual(againStatus, 0, again)
    let (statsB, _) = try run("\(binary) stats --format json --data-dir b")
    // Open cases' ages are measured at "now", a second apart at most: compare without them.
    func stable(_ text: String) -> String {
      text.split(separator: "\n").filter { !$0.contains("oldest_seconds") }.joined(separator: "\n")
    }
    XCTAssertEqual(stable(statsB), stable(stats))
    let (textB, _) = try run("\(binary) stats --data-dir b")
    XCTAssertTrue(textB.contains("ask 95016 for a replacement (terminal 90000101"), textB)

    // A second restore into a data dir with records adds nothing.
    let (refused, refusedStatus) = try run("\(binary) records import backup.jsonl --data-dir b")
    XCTAssertEqual(refusedStatus, 2, refused)
    XCTAssertTrue(refused.contains("already has records"), refused)
    let (statsAfter, _) = try run("\(binary) stats --format json --data-dir b")
    XCTAssertEqual(stable(statsAfter), stable(stats))
  }

  func test_csvExportWritesATableAFile_withFormulasDisarmed() throws {
    try Data(
      Self.oneSession
        .utf8
    ).write(to: URL(fileURLWithPath: directory + "/one.jsonl"))
    let (_, status) = try run("\(binary) records import one.jsonl --data-dir a")
    XCTAssertEqual(status, 0)
    let (out, exportStatus) = try run(
      "\(binary) records export --format csv --output sheets --data-dir a && cat sheets/sessions.csv && ls sheets"
    )
    XCTAssertEqual(exportStatus, 0, out)
    XCTAssertTrue(out.contains(",'=cmd|' /C calc'!A0,"), out)
    for table in ["sessions", "answers", "verdicts", "cases", "care", "training"] {
      XCTAssertTrue(out.contains("\(table).csv"), out)
    }
  }

  func test_badInput_saysWhatAndWhere_andChangesNothing() throws {
    try Data((Self.oneSession + "\n{oops\n").utf8)
      .write(to: URL(fileURLWithPath: directory + "/bad.jsonl"))
    let (bad, badStatus) = try run("\(binary) records import bad.jsonl --data-dir a")
    XCTAssertEqual(badStatus, 2, bad)
    XCTAssertTrue(bad.contains("bad.jsonl:2: not a JSON object; nothing was imported"), bad)
    let (none, noneStatus) = try run("\(binary) stats --data-dir a --format json")
    XCTAssertEqual(noneStatus, 0, none)
    XCTAssertTrue(none.contains("\"sessions\" : 0"), none)

    let (fifo, fifoStatus) = try run(
      "mkfifo pipe && timeout 10 \(binary) records import pipe --data-dir a")
    XCTAssertEqual(fifoStatus, 2, fifo)
    XCTAssertTrue(fifo.contains("is not a regular file"), fifo)
    let (date, dateStatus) = try run("\(binary) stats --since 2026-02-30 --data-dir a")
    XCTAssertEqual(dateStatus, 2, date)
    XCTAssertTrue(date.contains("--since: 2026-02-30 is not a date"), date)
    let (empty, emptyStatus) = try run("\(binary) stats --data-dir nothing-here")
    XCTAssertEqual(emptyStatus, 1, empty)
    XCTAssertTrue(empty.contains("no records yet"), empty)
  }
}
