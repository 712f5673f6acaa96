import Foundation
import XCTest

@testable import Model

/// `terminal validate`: each kind of broken profile is found, with its file and line.
final class TerminalProfileValidatorTests: XCTestCase {
  private func shipped() throws -> String {
    try String(contentsOfFile: TerminalFixture.profilePath(), encoding: .utf8)
  }

  /// The shipped profile with `old` replaced by `new` (which must occur once).
  private func broken(_ old: String, _ new: String) throws -> String {
    let text = try shipped()
    XCTAssertEqual(text.components(separatedBy: old).count, 2, "\(old) must occur once")
    return text.replacingOccurrences(of: old, with: new)
  }

  /// The 1-based line of the first line containing `needle`, after line `after`.
  private func line(of needle: String, in text: String, after: Int = 0) -> Int {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() where index >= after && line.contains(needle) {
      return index + 1
    }
    return -1
  }

  private func findings(_ text: String) -> [TerminalProfileFinding] {
    TerminalProfileValidation(files: [("broken.toml", text)]).findings
  }

  func test_shippedProfiles_areClean() throws {
    for name in ["lakala-dianqian", "lakala-decimal"] {
      let text = try String(contentsOfFile: TerminalFixture.profilePath(name), encoding: .utf8)
      let report = TerminalProfileValidation(files: [(name, text)])
      XCTAssertEqual(report.findings, [], name)
      XCTAssertEqual(report.exitCode, 0)
    }
  }

  func test_nodeInUnknownMenu_isAnUnknownReferenceAtItsMenuLine() throws {
    let text = try broken(
      "id = \"manage.signoff\"\nmenu = \"manage\"", "id = \"manage.signoff\"\nmenu = \"managment\"")
    let found = findings(text)
    XCTAssertEqual(found.map(\.kind), [.unknownReference])
    XCTAssertEqual(found.first?.file, "broken.toml")
    XCTAssertEqual(found.first?.line, line(of: "menu = \"managment\"", in: text))
    XCTAssertTrue(found.first?.message.contains("managment") == true)
  }

  func test_nodeOpeningUnknownMenu_isAnUnknownReferenceAtItsOpensLine() throws {
    let text = try broken("opens = \"query\"", "opens = \"queries\"")
    let found = findings(text)
    // The query menu is now opened by nothing, which is reported too.
    XCTAssertEqual(Set(found.map(\.kind)), [.unknownReference])
    let opens = try XCTUnwrap(found.first { $0.message.contains("queries") })
    XCTAssertEqual(opens.line, line(of: "opens = \"queries\"", in: text))
    XCTAssertTrue(found.contains { $0.message.contains("menu query is never opened") })
  }

  func test_startMenuNamingNoMenu_isFoundAtItsLine() throws {
    let text = try broken("start_menu = \"main\"", "start_menu = \"home\"")
    let found = findings(text)
    let at = line(of: "start_menu = \"home\"", in: text)
    XCTAssertTrue(found.contains { $0.kind == .unknownReference && $0.line == at }, "\(found)")
  }

  func test_duplicateNodeID_isFoundAtTheSecondEntry() throws {
    let text = try broken("id = \"manage.version\"", "id = \"manage.settle\"")
    let found = findings(text).filter { $0.kind == .duplicateID }
    XCTAssertEqual(found.count, 1, "\(findings(text))")
    let first = line(of: "id = \"manage.settle\"", in: text)
    XCTAssertEqual(found.first?.line, line(of: "id = \"manage.settle\"", in: text, after: first))
  }

  func test_twoNodesOnOneKey_isADuplicate() throws {
    let text = try broken(
      "id = \"main.refund\"\nmenu = \"main\"\nkey = 4",
      "id = \"main.refund\"\nmenu = \"main\"\nkey = 3")
    let found = findings(text)
    XCTAssertEqual(found.map(\.kind), [.duplicateID])
    let refund = line(of: "id = \"main.refund\"", in: text)
    XCTAssertEqual(found.first?.line, refund + 2)
  }

  func test_duplicateResponseCode_isFound() throws {
    let text = try broken("code = \"96\"", "code = \"51\"")
    let found = findings(text)
    XCTAssertTrue(found.contains { $0.kind == .duplicateID && $0.message.contains("51") })
    // 96 is one the simulator shows, so its absence is reported as well.
    XCTAssertTrue(found.contains { $0.kind == .missingField && $0.message.contains("96") })
  }

  func test_labelWithoutEnglish_isAMissingTranslationAtTheChineseLine() throws {
    let text = try broken("label_zh = \"签退\"\nlabel_en = \"Sign off\"\n", "label_zh = \"签退\"\n")
    let found = findings(text)
    XCTAssertEqual(found.map(\.kind), [.missingTranslation])
    XCTAssertEqual(found.first?.line, line(of: "label_zh = \"签退\"", in: text))
  }

  func test_responseTextWithoutChinese_isAMissingTranslation() throws {
    let text = try broken("text_zh = \"余额不足\"\n", "")
    let found = findings(text)
    let missing = found.filter { $0.kind == .missingTranslation }
    XCTAssertEqual(missing.count, 1, "\(found)")
    XCTAssertEqual(missing.first?.line, line(of: "text_en = \"Insufficient funds\"", in: text))
    // Without its text the 51 entry is unusable, and 51 is one the simulator shows.
    XCTAssertTrue(found.contains { $0.kind == .missingField && $0.message.contains("51") })
  }

  func test_missingScreenText_isAMissingField_andAnUnknownOneABadValue() throws {
    var text = try broken("result_title_zh = \"交易结果\"\nresult_title_en = \"Result\"\n", "")
    XCTAssertEqual(findings(text).map(\.kind), [.missingField])
    XCTAssertTrue(findings(text).first?.message.contains("result_title_zh") == true)
    text = try broken("signed_off_zh", "signed_out_zh")
    let found = findings(text)
    XCTAssertTrue(found.contains { $0.kind == .missingTranslation }, "\(found)")
    let unknown = try XCTUnwrap(found.first { $0.kind == .badValue })
    XCTAssertEqual(unknown.line, line(of: "signed_out_zh", in: text))
  }

  func test_contactlessLimitAboveMaximum_isABadLimit() throws {
    let text = try broken("contactless_no_pin_fen = 100000", "contactless_no_pin_fen = 99999999")
    let found = findings(text)
    XCTAssertEqual(found.map(\.kind), [.badLimit])
    XCTAssertEqual(found.first?.line, line(of: "contactless_no_pin_fen", in: text))
  }

  func test_cancelNotAfterPoll_andZeroMaximum_areBadLimits() throws {
    var text = try broken("cancel_after_seconds = 30", "cancel_after_seconds = 5")
    text = text.replacingOccurrences(of: "max_amount_fen = 9999999", with: "max_amount_fen = 0")
    let found = findings(text).filter { $0.kind == .badLimit }
    let lines = Set(found.map(\.line))
    XCTAssertTrue(lines.contains(line(of: "cancel_after_seconds = 5", in: text)), "\(found)")
    XCTAssertTrue(lines.contains(line(of: "max_amount_fen = 0", in: text)), "\(found)")
  }

  func test_passwordLengthOutOfRange_isABadLimit() throws {
    let text = try broken("password_length = 8", "password_length = 20")
    let found = findings(text)
    XCTAssertEqual(found.map(\.kind), [.badLimit])
    XCTAssertEqual(found.first?.line, line(of: "password_length = 20", in: text))
  }

  func test_unknownAction_isABadValueAtItsLine() throws {
    let text = try broken("action = \"sign-off\"", "action = \"log-off\"")
    let found = findings(text)
    XCTAssertEqual(found.map(\.kind), [.badValue])
    XCTAssertEqual(found.first?.line, line(of: "action = \"log-off\"", in: text))
  }

  func test_syntaxError_isReportedWithItsLine() throws {
    let text = try broken("key = 7", "key = = 7")
    let found = findings(text)
    XCTAssertEqual(found.map(\.kind), [.syntax])
    XCTAssertEqual(found.first?.line, line(of: "key = = 7", in: text))
  }

  func test_report_exitCodes_andFileLineText() throws {
    let clean = TerminalProfileValidation(files: [("ok.toml", try shipped())])
    XCTAssertEqual(clean.exitCode, 0)
    let bad = try broken("action = \"sign-off\"", "action = \"log-off\"")
    let findings = TerminalProfileValidation(files: [("bad.toml", bad)])
    XCTAssertEqual(findings.exitCode, 1)
    let expected = "bad.toml:\(line(of: "log-off", in: bad)): bad-value:"
    XCTAssertTrue(findings.text(.en).contains(expected), findings.text(.en))
    let unreadable = TerminalProfileValidation(files: [("missing.toml", nil)])
    XCTAssertEqual(unreadable.exitCode, 2)
  }

  func test_aDeviceOrANonUTF8File_isRefusedByName_withExit2() throws {
    let device = TerminalProfileValidation(
      read: [
        ("/dev/zero", DataFile.result("/dev/zero"))
      ])
    XCTAssertEqual(device.exitCode, 2)
    XCTAssertTrue(device.text(.en).contains("/dev/zero:1:"), device.text(.en))
    let path = NSTemporaryDirectory() + "latin1-\(UUID().uuidString).toml"
    try Data([0x6E, 0x61, 0x6D, 0x65, 0x20, 0x3D, 0x20, 0x22, 0xE9, 0x22, 0x0A]).write(
      to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let latin = TerminalProfileValidation(
      read: [(path, DataFile.result(path))])
    XCTAssertEqual(latin.exitCode, 2)
    XCTAssertTrue(latin.text(.en).contains("UTF-8"), latin.text(.en))
  }
}
