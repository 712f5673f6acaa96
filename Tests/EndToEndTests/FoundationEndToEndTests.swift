import Foundation
import XCTest

/// The real binary in tmux at 80x24 with LANG=C.UTF-8 (issue 2's end-to-end checks).
final class FoundationEndToEndTests: XCTestCase {
  private let chineseEntries = ["扫码收款", "刷卡消费", "撤销/退货", "扫码自检", "客服与升级", "培训模式", "管理", "退出"]
  private let englishEntries = [
    "Scan payment", "Card sale", "Void & refund", "Scan self-check", "Help & escalation",
    "Training", "Management", "Exit",
  ]

  private func start(_ arguments: String = "", environment: [String: String] = [:]) throws
    -> TmuxSession
  {
    let session = try TmuxSession(environment: environment)
    try session.run("'\(TmuxSession.binary)' \(arguments); echo \"EXIT=$?\"")
    return session
  }

  func test_homeShowsAllEightEntries_inChineseAndEnglish() throws {
    let zh = try start()
    let screen = try zh.waitFor("zh home") { $0.contains("0 退出") }
    for entry in chineseEntries { XCTAssertTrue(screen.contains(entry), entry) }
    let en = try start("--lang en")
    let english = try en.waitFor("en home") { $0.contains("0 Exit") }
    for entry in englishEntries { XCTAssertTrue(english.contains(entry), entry) }
  }

  func test_digitsOpenEntriesAndEscComesBack() throws {
    let session = try start()
    try session.waitFor(text: "0 退出")
    // Every entry opens a screen of its own, and Esc (twice at most: the simulated
    // terminal's first field, then its menu) comes back home.
    for digit in ["1", "2", "3", "4", "5", "6", "7"] {
      try session.send(digit)
      try session.waitFor("entry \(digit) open") { !$0.contains("0 退出") }
      try session.send("Escape")
      usleep(150_000)
      if !(try session.capture().contains("0 退出")) { try session.send("Escape") }
      try session.waitFor(text: "0 退出")
    }
  }

  func test_resizeRedrawsAtEverySize() throws {
    let session = try start()
    try session.waitFor(text: "0 退出")
    try session.resize(width: 100, height: 30)
    try session.waitFor("100-column frame") { screen in
      // The 72-column menu box is centred: 14 columns in at 100, 4 at 80.
      screen.split(separator: "\n").contains {
        $0.hasPrefix(String(repeating: " ", count: 14) + "┌")
      }
    }
    try session.resize(width: 40, height: 10)
    try session.waitFor(text: "40x10")
    try session.resize(width: 80, height: 24)
    let screen = try session.waitFor("home again") { $0.contains("0 退出") && !$0.contains("太小") }
    XCTAssertTrue(screen.contains("扫码收款"))
  }

  func test_quitSigtermAndSigint_leaveSaneTerminal() throws {
    for way in ["q", "TERM", "INT"] {
      let session = try start()
      try session.waitFor(text: "0 退出")
      switch way {
      case "q": try session.send("q")
      case "INT": try session.send("C-c")
      default:
        guard let pid = try session.childPID() else { return XCTFail("no child process") }
        kill(pid, SIGTERM)
      }
      try session.waitFor(text: "EXIT=")
      try session.run("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ,; echo")
      try session.waitFor("stty after \(way)") { $0.contains("icanon,echo,") }
    }
  }

  func test_noColor_hasNoColourEscapesButSelectionStaysVisible() throws {
    let session = try start("", environment: ["NO_COLOR": "1"])
    try session.waitFor(text: "0 退出")
    let escaped = try session.capture(escapes: true)
    let colour = try NSRegularExpression(
      pattern: "\u{1B}\\[([0-9]+;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]")
    let range = NSRange(escaped.startIndex..., in: escaped)
    XCTAssertNil(colour.firstMatch(in: escaped, range: range), "colour escape found:\n\(escaped)")
    XCTAssertTrue(escaped.contains("\u{1B}[7m"), "the selection is shown in reverse")
  }

  func test_colourThemeDoesUseColour() throws {
    let session = try start()
    try session.waitFor(text: "0 退出")
    XCTAssertTrue(try session.capture(escapes: true).contains("\u{1B}[3"))
  }

  func test_brokenTheme_exits2NamingFileAndLine() throws {
    let session = try start()
    try session.waitFor(text: "0 退出")
    try session.send("q")
    try session.waitFor(text: "EXIT=0")
    let path = session.dataDirectory + "/bad.toml"
    try "[roles]\nmenu = { fg = \"blu\" }\n".write(toFile: path, atomically: true, encoding: .utf8)
    try session.run("clear; '\(TmuxSession.binary)' --theme \(path); echo \"EXIT=$?\"")
    let screen = try session.waitFor("theme error") { $0.contains("EXIT=2") }
    let joined = screen.replacingOccurrences(of: "\n", with: "")
    XCTAssertTrue(joined.contains("bad.toml:2: role 'menu': fg is not a colour"), screen)
  }
}
