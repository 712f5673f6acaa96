import Foundation

extension TmuxSession {
  /// Waits until every text in `texts` is on the screen at once, so a test reads a screen
  /// drawn in full (not the first line of it); returns that screen.
  @discardableResult
  func waitFor(
    all texts: [String], timeout: TimeInterval = 10, file: StaticString = #filePath,
    line: UInt = #line
  ) throws -> String {
    try waitFor(texts.joined(separator: " + "), timeout: timeout, file: file, line: line) {
      screen in texts.allSatisfy { screen.contains($0) }
    }
  }
}
