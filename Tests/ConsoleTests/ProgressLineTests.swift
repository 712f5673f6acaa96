import Model
import XCTest

@testable import Console

#if canImport(Glibc)
  import Glibc
#endif

// Glibc's module hides the pseudo-terminal calls (they need _XOPEN_SOURCE); the symbols are
// in libc all the same.
@_silgen_name("posix_openpt") private func openPseudoTerminal(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantPseudoTerminal(_ descriptor: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockPseudoTerminal(_ descriptor: Int32) -> Int32
@_silgen_name("ptsname") private func pseudoTerminalName(_ descriptor: Int32)
  -> UnsafeMutablePointer<CChar>?

/// The progress line of `merchants import` / `export`: drawn on a terminal only.
final class ProgressLineTests: XCTestCase {
  private let progress = MerchantImportProgress(
    phase: .reading, rows: 120_000, bytes: 5_000_000, totalBytes: 50_000_000)

  /// Everything written to the read end of a pipe or pty so far, without waiting.
  private func drain(_ descriptor: Int32) -> String {
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { break }
      bytes += chunk[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  func test_whenStandardErrorIsNotATerminal_noProgressLineIsWritten() throws {
    var ends: [Int32] = [0, 0]
    XCTAssertEqual(pipe(&ends), 0)
    defer {
      close(ends[0])
      close(ends[1])
    }
    let line = ProgressLine(descriptor: ends[1], quiet: false, language: .en)
    XCTAssertFalse(line.isDrawing)
    line.update(progress)
    line.finish()
    XCTAssertEqual(drain(ends[0]), "")
  }

  func test_onATerminal_theLineShowsRowsRateAndTimeLeft_unlessQuiet() throws {
    let main = openPseudoTerminal(O_RDWR | O_NOCTTY)
    XCTAssertGreaterThanOrEqual(main, 0)
    defer { close(main) }
    XCTAssertEqual(grantPseudoTerminal(main), 0)
    XCTAssertEqual(unlockPseudoTerminal(main), 0)
    let name = try XCTUnwrap(pseudoTerminalName(main))
    let side = open(String(cString: name), O_RDWR | O_NOCTTY)
    XCTAssertGreaterThanOrEqual(side, 0)
    defer { close(side) }

    let quiet = ProgressLine(descriptor: side, quiet: true, language: .en)
    quiet.update(progress)
    XCTAssertEqual(drain(main), "")

    let line = ProgressLine(descriptor: side, quiet: false, language: .en)
    XCTAssertTrue(line.isDrawing)
    line.update(progress)
    let drawn = drain(main)
    XCTAssertTrue(drawn.contains("120,000 rows"), drawn)
    XCTAssertTrue(drawn.contains("rows/s"), drawn)
    line.finish()
    XCTAssertTrue(drain(main).contains("\u{1B}[K"))
  }

  func test_timeLeft_followsTheShareDone() {
    // A tenth of the file in 2 s: 18 s left.
    let text = ProgressLine.text(progress, elapsed: .seconds(2), language: .en)
    XCTAssertEqual(text, "reading and checking 120,000 rows · 60,000 rows/s · 0:18 left")
    XCTAssertEqual(
      ProgressLine.text(progress, elapsed: .seconds(2), language: .zh),
      "读取并检查 120,000 行 · 60,000 行/秒 · 剩余 0:18")
  }

  func test_inTheFirstMoment_noRateOrTimeLeftIsGuessed() {
    XCTAssertEqual(
      ProgressLine.text(progress, elapsed: .milliseconds(50), language: .en),
      "reading and checking 120,000 rows · … rows/s")
  }
}
