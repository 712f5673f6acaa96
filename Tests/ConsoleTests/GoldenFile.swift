import Foundation
import XCTest

/// Compares screen text with a file in `Golden/`; `UPDATE_GOLDEN=1` rewrites it.
func assertGolden(
  _ lines: [String], _ name: String, file: StaticString = #filePath, line: UInt = #line
) throws {
  let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
    .appendingPathComponent("Golden")
  let url = directory.appendingPathComponent(name + ".txt")
  let actual = lines.joined(separator: "\n") + "\n"
  if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    XCTFail("missing golden file \(url.path); run with UPDATE_GOLDEN=1", file: file, line: line)
    return
  }
  XCTAssertEqual(actual, expected, "screen differs from \(name).txt", file: file, line: line)
}
