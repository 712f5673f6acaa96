import Foundation
import XCTest

@testable import Model

/// Defect 9: data files are read safely and their problems read as `file:line: what`.
final class DataFileTests: TemporaryFolderTestCase {

  func test_devZero_isRefusedWithoutReadingIt() {
    XCTAssertThrowsError(try DataFile.read("/dev/zero")) { error in
      XCTAssertEqual((error as? DataFileError)?.problem, .notARegularFile)
      XCTAssertTrue("\(error)".hasPrefix("/dev/zero:1: not a regular file"), "\(error)")
    }
  }

  func test_namedPipe_isRefusedWithoutWaitingForAWriter() {
    let path = folder + "/pipe.toml"
    XCTAssertEqual(mkfifo(path, 0o600), 0)
    XCTAssertThrowsError(try DataFile.read(path)) { error in
      XCTAssertEqual((error as? DataFileError)?.problem, .notARegularFile)
    }
  }

  func test_missingFile_isUnreadableAtLine1_withTheSystemsReason() {
    XCTAssertThrowsError(try DataFile.read(folder + "/none.toml")) { error in
      XCTAssertEqual(
        (error as? DataFileError)?.problem, .unreadable("No such file or directory"))
      XCTAssertTrue("\(error)".contains("none.toml:1: cannot be read"), "\(error)")
    }
  }

  func test_utf8File_withByteOrderMark_readsAsItsText() throws {
    let path = folder + "/bom.toml"
    try Data([0xEF, 0xBB, 0xBF] + Array("name = \"扫码\"\n".utf8)).write(
      to: URL(fileURLWithPath: path))
    XCTAssertEqual(try DataFile.read(path), "name = \"扫码\"\n")
  }

  func test_fileAbove16MB_isRefused() throws {
    let path = folder + "/huge.toml"
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(DataFile.maximumBytes + 1))
    try handle.close()
    XCTAssertThrowsError(try DataFile.read(path)) { error in
      XCTAssertEqual(
        (error as? DataFileError)?.problem, .tooLarge(bytes: DataFile.maximumBytes + 1))
    }
  }

  func test_latin1File_isCalledNotUTF8_atItsLine() throws {
    let path = folder + "/latin1.toml"
    // "café" in Latin-1: 0xE9 alone is not UTF-8.
    try (Data("[roles]\n\"caf".utf8) + Data([0xE9]) + Data("\" = 1\n".utf8))
      .write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try DataFile.read(path)) { error in
      let failure = error as? DataFileError
      XCTAssertEqual(failure?.problem, .notUTF8)
      XCTAssertEqual(failure?.line, 2)
      XCTAssertEqual(failure?.message(.zh), "\(path):2: 不是 UTF-8 文本；请以 UTF-8 编码保存")
    }
  }

  func test_guideIssues_readAsFileLineMessage_neverAsASwiftValue() throws {
    let broken = GuideSourceFile(path: "broken.toml", text: "[guide\nid = \"x\"\n")
    let issues = GuideLibrary.guides([broken]).errors
    XCTAssertFalse(issues.isEmpty)
    for issue in issues {
      XCTAssertFalse("\(issue)".contains("GuideIssue("), "\(issue)")
      XCTAssertTrue(issue.text(.zh).hasPrefix("broken.toml:1"), issue.text(.zh))
      XCTAssertTrue(issue.text(.zh).contains("TOML 语法错误"), issue.text(.zh))
    }
  }

  func test_unreadableGuideFile_isAnIssueAtLine1_notLine0() {
    let (_, issues) = GuideSourceFile.read(paths: ["/dev/zero", folder + "/missing.toml"])
    XCTAssertEqual(issues.map(\.line), [1, 1])
    XCTAssertEqual(issues.first?.kind, .unusableFile(.notARegularFile))
    XCTAssertTrue(issues.allSatisfy(\.isUnreadable))
  }

  func test_scenarioErrors_haveNoLine0AndNoEmptyField() {
    let loaded = TrainingScenarioParser.load(directory: folder + "/nothing-here")
    XCTAssertEqual(loaded.errors.count, 1)
    let text = loaded.errors[0].description
    XCTAssertFalse(text.contains(":0:"), text)
    XCTAssertFalse(text.contains(": :"), text)
  }
}
