import Foundation

/// Steps every end-to-end test takes the same way, so each test reads as its story.
extension TmuxSession {
  static let wechatCode = "134567890123456789"

  /// A WeChat code no test has shown yet: the host refuses a used one, as a real host does.
  static var freshWechatCode: String {
    "13" + String((0..<16).map { _ in Character(String(Int.random(in: 0...9))) })
  }

  /// Starts the console in the pane's shell and waits for the home menu.
  func startConsole(_ arguments: String = "") throws {
    try run("'\(Self.binary)' \(arguments); echo \"EXIT=$?\"")
    try waitFor(text: "0 退出")
  }

  /// Opens home entry `entry` and signs in as operator 01 (password 0000).
  func openSignedIn(entry: String) throws {
    try send(entry)
    try waitFor(text: "操作员号：01")
    try send("Enter")
    try waitFor(text: "密码")
    try send("0000", "Enter")
  }

  /// Signs in through home entry `entry` and waits at the unit's empty amount field.
  func openAmountEntry(entry: String) throws {
    try openSignedIn(entry: entry)
    try waitFor(text: "金额：0.00_")
  }

  /// A scan sale from home: amount in fen as the unit takes it (`1250` is 12.50), then
  /// the code typed as a keyboard-wedge scanner does.
  func scanSale(amount: String, code: String = TmuxSession.freshWechatCode) throws {
    try openAmountEntry(entry: "2")
    try send(amount, "Enter")
    try waitFor(text: "请出示付款码")
    try send(code, "Enter")
  }

  /// Sets the trainer PIN from the shell, starts the console and enters training with it.
  func enterTraining(pin: String = "246813") throws {
    try run("printf '\(pin)\\n\(pin)\\n' | '\(Self.binary)' trainer set-pin; echo \"EXIT=$?\"")
    try waitFor(text: "EXIT=0")
    try run("clear")
    try waitFor("shell cleared") { !$0.contains("EXIT=") }
    try startConsole()
    try send("6")
    try waitFor(text: "请输入培训员 PIN 进入培训模式")
    for digit in pin { try send(String(digit)) }
    try send("Enter")
    try waitFor(text: "开始练习")
  }
}
