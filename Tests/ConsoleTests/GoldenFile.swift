import Foundation
import XCTest

@testable import Console

/// Compares a screen with files in `Golden/`: `NAME.txt` holds its text and
/// `NAME.styles.txt` its style roles, so a lost highlight or a bar drawn in the
/// wrong role fails as surely as wrong text (ratatui compares styled buffers).
/// `UPDATE_GOLDEN=1` rewrites both.
func assertGolden(
  _ canvas: Canvas, _ name: String, file: StaticString = #filePath, line: UInt = #line
) throws {
  try assertGoldenFile(canvas.lines(), name + ".txt", file: file, line: line)
  try assertGoldenFile(styleLines(canvas), name + ".styles.txt", file: file, line: line)
}

/// Each row's roles as runs, left to right: `title×24 default×2` (a wide glyph's
/// second cell counts in its glyph's run).
func styleLines(_ canvas: Canvas) -> [String] {
  (0..<canvas.height).map { row in
    var runs: [(String, Int)] = []
    for col in 0..<canvas.width {
      let role = canvas.role(row: row, col: col).name
      if let last = runs.last, last.0 == role {
        runs[runs.count - 1].1 += 1
      } else {
        runs.append((role, 1))
      }
    }
    return runs.map { "\($0.0)×\($0.1)" }.joined(separator: " ")
  }
}

private func assertGoldenFile(
  _ lines: [String], _ fileName: String, file: StaticString, line: UInt
) throws {
  let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
    .appendingPathComponent("Golden")
  let url = directory.appendingPathComponent(fileName)
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
  XCTAssertEqual(actual, expected, "screen differs from \(fileName)", file: file, line: line)
}
