import Model
import XCTest

final class CSVStreamReaderTests: XCTestCase {
  /// Every row of `text`, read through a buffer of `bufferSize` bytes.
  private func rows(_ text: String, bufferSize: Int = 1 << 16) throws -> [CSVStreamReader<
    CSVTextSource
  >.Row] {
    var reader = CSVStreamReader(source: CSVTextSource(text), bufferSize: bufferSize)
    var row = CSVStreamReader<CSVTextSource>.Row()
    var all: [CSVStreamReader<CSVTextSource>.Row] = []
    while try reader.nextRow(into: &row) { all.append(row) }
    return all
  }

  private func failure(_ text: String) -> CSVStreamReader<CSVTextSource>.Failure? {
    failure(bytes: Array(text.utf8))
  }

  private func failure(bytes: [UInt8]) -> CSVStreamReader<CSVTextSource>.Failure? {
    var reader = CSVStreamReader(source: CSVTextSource(bytes: bytes))
    var row = CSVStreamReader<CSVTextSource>.Row()
    do {
      while try reader.nextRow(into: &row) {}
      return nil
    } catch {
      return error
    }
  }

  func test_quotedFields_keepCommasDoubledQuotesAndLineBreaks_andLinesCountOn() throws {
    let text = "a,\"b, \"\"c\"\"\nd\",e\nf,g,h\n"
    let read = try rows(text)
    XCTAssertEqual(read.map(\.fields), [["a", "b, \"c\"\nd", "e"], ["f", "g", "h"]])
    XCTAssertEqual(read.map(\.line), [1, 3])
  }

  func test_everyBufferSize_readsTheSameRows() throws {
    // Rows, quotes, CRLF and multi-byte characters split across every buffer boundary.
    let text = "\u{FEFF}号,名\r\n822,\"甲店, \"\"总\"\"\r\nB座\"\r\n823,乙\r824,丙"
    let expected = try rows(text)
    XCTAssertEqual(
      expected.map(\.fields),
      [["号", "名"], ["822", "甲店, \"总\"\r\nB座"], ["823", "乙"], ["824", "丙"]])
    XCTAssertEqual(expected.map(\.line), [1, 2, 4, 5])
    for size in 1...9 {
      XCTAssertEqual(try rows(text, bufferSize: size), expected, "buffer of \(size) bytes")
    }
  }

  func test_trailingCommaAndMissingLastLineBreak_keepTheEmptyLastField() throws {
    XCTAssertEqual(try rows("a,b,\nc,").map(\.fields), [["a", "b", ""], ["c", ""]])
  }

  func test_blankLine_isOneEmptyField() throws {
    XCTAssertEqual(try rows("a\n\nb\n").map(\.fields), [["a"], [""], ["b"]])
    XCTAssertEqual(try rows("a\n\nb\n").map(\.line), [1, 2, 3])
  }

  func test_brokenText_isReportedAtTheLineWhereItsRowStarts() {
    XCTAssertEqual(failure("a\nb,\"x\"y\n"), .strayQuote(line: 2))
    XCTAssertEqual(failure("a\nb\n\"open,\nmore\n"), .unterminatedQuote(line: 3))
    XCTAssertEqual(
      failure(bytes: Array("a\nb,".utf8) + [0xFF] + Array("x\n".utf8)), .notUTF8(line: 2))
  }
}
