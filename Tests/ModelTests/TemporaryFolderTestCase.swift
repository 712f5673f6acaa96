import Foundation
import XCTest

/// A test case with a fresh folder of its own under the system's temporary directory,
/// made before each test and removed after it.
class TemporaryFolderTestCase: XCTestCase {
  /// The folder's path.
  private(set) var folder = ""

  override func setUpWithError() throws {
    try super.setUpWithError()
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("\(type(of: self))-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
    try super.tearDownWithError()
  }
}
